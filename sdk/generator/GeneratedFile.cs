namespace TidbDms.SdkGenerator;

/// <summary>One file of a generated SDK: its path under <c>sdk/</c> (forward slashes) and its exact text.</summary>
internal sealed record GeneratedFile(string Path, string Content);
