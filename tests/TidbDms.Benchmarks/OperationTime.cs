namespace TidbDms.Benchmarks;

/// <summary>How long AWS (through pulumi-aws, which waits for each resource to be ready or gone) typically takes to create and to delete one resource.</summary>
internal sealed record OperationTime(double CreateSeconds, double DeleteSeconds);
