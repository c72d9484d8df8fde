namespace TidbDms.Provider.Tests.Planning;

/// <summary>One input of a pulumi-aws type (or a field of a nested input type), with its TypeScript type.</summary>
internal sealed record AwsProperty(string Name, string TsType, bool Required);
