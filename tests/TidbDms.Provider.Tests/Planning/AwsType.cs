using System.Collections.Immutable;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>One pulumi-aws resource or invoke token as the reference describes it.</summary>
internal sealed record AwsType(
    string Token,
    string Kind,
    ImmutableDictionary<string, AwsProperty> Inputs,
    ImmutableDictionary<string, string> Outputs,
    ImmutableDictionary<string, ImmutableDictionary<string, AwsProperty>> NestedTypes,
    ImmutableArray<string> SecretInputs,
    ImmutableArray<string> AdditionalSecretOutputs)
{
    /// <summary>The type of an output; every resource also has <c>id</c> (a string) and <c>urn</c>.</summary>
    public string? OutputType(string output) =>
        output is "id" or "urn" ? "string" : Outputs.TryGetValue(output, out var type) ? type : null;
}
