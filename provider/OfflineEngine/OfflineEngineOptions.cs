using System.Collections.Immutable;
using Grpc.Core.Interceptors;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// One deployment the offline engine runs: the project and stack (they make the URNs), preview or
/// update, the stack's configuration (as the engine passes it to providers), and the cloud that
/// answers custom resources and functions.
/// </summary>
internal sealed record OfflineEngineOptions
{
    public required string Project { get; init; }

    public required string Stack { get; init; }

    /// <summary>The organization of a stack whose reference names none (the local backend's).</summary>
    public const string DefaultOrganization = "organization";

    public string Organization { get; init; } = DefaultOrganization;

    /// <summary>True (the default): a preview. False: an update, where resources get IDs.</summary>
    public bool DryRun { get; init; } = true;

    /// <summary>How many resource operations may run at once, as <c>--parallel</c> says (passed on to providers).</summary>
    public int Parallel { get; init; } = 16;

    /// <summary>The stack's configuration: <c>namespace:key</c> → value (objects as JSON text), secrets in plain text, as the engine holds it.</summary>
    public ImmutableSortedDictionary<string, string> Config { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The <see cref="Config"/> keys whose values are secret.</summary>
    public ImmutableArray<string> ConfigSecretKeys { get; init; } = [];

    public required IOfflineCloud Cloud { get; init; }

    /// <summary>gRPC server interceptors around every call the engine serves, outermost first (tests inject faults with them).</summary>
    public ImmutableArray<Interceptor> Interceptors { get; init; } = [];

    /// <summary>Test and benchmark hooks (a step that takes time); null in the product.</summary>
    public IEngineHooks? Hooks { get; init; }

    /// <summary>The stack resource's logical name: <c>&lt;project&gt;-&lt;stack&gt;</c>, as every SDK names it.</summary>
    public string StackName => $"{Project}-{Stack}";

    /// <summary>The URN the stack resource gets.</summary>
    public string StackUrn => ResourceUrn.Create(Stack, Project, "", ResourceUrn.StackType, StackName);
}
