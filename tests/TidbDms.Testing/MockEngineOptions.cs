namespace TidbDms.Testing;

/// <summary>How the mock engine behaves (Pulumi's <c>TestOptions</c>, plus latency and faults).</summary>
internal sealed record MockEngineOptions
{
    public string Project { get; init; } = "project";

    public string Stack { get; init; } = "stack";

    public string Organization { get; init; } = "organization";

    /// <summary>Preview (the default, as in pulumi-dotnet) or update semantics.</summary>
    public bool IsPreview { get; init; } = true;

    /// <summary>How long every <c>RegisterResource</c> takes from its arrival to its answer, as a real engine's step takes time.</summary>
    public TimeSpan RegistrationLatency { get; init; } = TimeSpan.Zero;

    /// <summary>Decides, per call, whether to inject a fault; null for none.</summary>
    public Func<MockCall, MockFault?>? Faults { get; init; }
}
