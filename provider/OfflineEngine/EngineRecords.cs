using System.Collections.Immutable;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// What the engine received and answered in one deployment, every call as it arrived: what
/// renderers draw and tests check. Lists are in the order the engine answered the calls, which
/// varies between runs where calls run side by side.
/// </summary>
/// <param name="RootUrn">The root resource a program set (<c>Engine.SetRootResource</c>), empty until then.</param>
internal sealed record EngineRecords(
    ImmutableArray<RegistrationRecord> Registrations,
    ImmutableArray<InvokeRecord> Invokes,
    ImmutableArray<LogRecord> Logs,
    ImmutableArray<OutputsRecord> Outputs,
    ImmutableArray<ConstructFailure> ConstructFailures,
    string RootUrn)
{
    /// <summary>The registered resources, remote requests left out: each is one resource of the deployment (the stack, components, children).</summary>
    public IEnumerable<RegisteredResource> Resources => Registrations.Where(r => !r.Resource.Remote).Select(r => r.Resource);

    /// <summary>The stack's registration, if the program made one.</summary>
    public RegisteredResource? Stack => Resources.FirstOrDefault(r => r.IsStack);

    /// <summary>The outputs last registered for <paramref name="urn"/>, or null when none were.</summary>
    public ImmutableSortedDictionary<string, Values.PropertyValue>? OutputsOf(string urn) =>
        Outputs.LastOrDefault(o => string.Equals(o.Urn, urn, StringComparison.Ordinal))?.Outputs;
}
