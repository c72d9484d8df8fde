using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// What a preview shows of each component, read from the engine's records alone: whichever
/// program ran (evaluated in process, or a program of another language over gRPC), the same records
/// give the same preview.
/// </summary>
internal static class RecordedPreview
{
    /// <summary>
    /// A preview of what the engine recorded: the components, each one's messages as warnings (its
    /// errors as errors), and each failed <c>Construct</c> as one error per property error (at the
    /// input's place) or one for the component. The program's own outputs, warnings and errors are the caller's to add.
    /// </summary>
    /// <param name="program">The program as shown to the user (a file).</param>
    /// <param name="locate">Where a component (by name) or one of its inputs (by path) is in the program; null when unknown.</param>
    public static PreviewResult Result(string project, string stack, string program, EngineRecords records, Func<string, string?, string?> locate)
    {
        var components = Components(records);
        var warnings = new List<LocatedDiagnostic>();
        var errors = new List<LocatedDiagnostic>();
        foreach (var component in components)
        {
            var name = component.Component.Name;
            if (component.Failure is { } failure)
            {
                errors.AddRange(FailureDiagnostics(name, failure, locate));
            }

            foreach (var message in component.Diagnostics)
            {
                (message.Severity == MessageSeverity.Error ? errors : warnings)
                    .Add(new LocatedDiagnostic(locate(name, null), name, null, message.Message, message.Urn));
            }
        }

        return new PreviewResult(project, stack, program, components, [], [], [.. warnings], [.. errors]) { Records = records };
    }

    /// <summary>
    /// A failed <c>Construct</c> as errors: one per property error, at the input it names, with the
    /// value the program gave (the contract's secret inputs shown as <c>[secret]</c>, however the
    /// program gave them); any other failure as one error at the component.
    /// </summary>
    private static IEnumerable<LocatedDiagnostic> FailureDiagnostics(string component, ConstructFailure failure, Func<string, string?, string?> locate)
    {
        if (failure.PropertyErrors.IsEmpty)
        {
            return [new LocatedDiagnostic(locate(component, null), component, null, failure.Message)];
        }

        return failure.PropertyErrors.Select(e => new LocatedDiagnostic(
            locate(component, e.Path),
            component,
            e.Path,
            e.Value is { } value && IsContractPath(e.Path) ? $"{e.Path} ('{Shown(e.Path, value)}'): {e.Reason}" : $"{e.Path}: {e.Reason}"));
    }

    /// <summary>
    /// True when the path is an input of the contract (or an entry of a map input such as <c>tags</c>).
    /// A key the contract does not know is shown without its value, as the component's reader
    /// reports it: a misspelt key (<c>pasword</c>) or parent (<c>clustr</c>) may well hold the password.
    /// </summary>
    private static bool IsContractPath(string path)
    {
        var bare = PropertyPath.WithoutBrackets(path);
        if (ContractInputs.TryGet(bare, out _))
        {
            return true;
        }

        var dot = bare.LastIndexOf('.');
        return dot > 0 && ContractInputs.TryGet(bare[..dot], out var parent) && parent.Type == InputType.StringMap;
    }

    /// <summary>The value as a message may show it: a secret input of the contract (or one nested in the value) as <c>[secret]</c>.</summary>
    private static PropertyValue Shown(string path, PropertyValue value)
    {
        value = ShownValue.Of(path, value)!;
        var bare = PropertyPath.WithoutBrackets(path);
        if (ContractInputs.All.Any(s => s.Secret && (bare == s.Path || bare.StartsWith(s.Path + ".", StringComparison.Ordinal))))
        {
            return value.WithSecret();
        }

        foreach (var spec in ContractInputs.All.Where(s => s.Secret && s.ParentPath == bare))
        {
            if (value.TryGetObject(out var entries) && entries.TryGetValue(spec.Name, out var nested))
            {
                value = PropertyValue.Object(entries.SetItem(spec.Name, nested.WithSecret())).WithSecret(value.IsSecret);
            }
        }

        return value;
    }

    /// <summary>
    /// Every remote component the program registered (constructed or failed), in the stack's
    /// dependency order (<see cref="ResourceOrder"/>), each with what was registered under it.
    /// </summary>
    public static ImmutableArray<PreviewComponentResult> Components(EngineRecords records)
    {
        var resources = records.Resources.ToList();
        var byUrn = resources.GroupBy(r => r.Urn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var results = new List<PreviewComponentResult>();
        foreach (var remote in records.Registrations.Where(r => r.Resource.Remote))
        {
            // The component as its provider registered it (what state records); the program's request if it never did.
            var component = byUrn.GetValueOrDefault(remote.Resource.Urn) ?? remote.Resource;
            var children = ResourceOrder.Descendants(component.Urn, resources);
            results.Add(new PreviewComponentResult(component, children, remote.Outputs, DiagnosticsOf(records, [component, .. children]), null));
        }

        foreach (var failure in records.ConstructFailures)
        {
            results.Add(new PreviewComponentResult(
                failure.Component,
                [],
                ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal),
                DiagnosticsOf(records, [failure.Component]),
                failure));
        }

        var ordered = ResourceOrder.Siblings(results.Select(r => r.Component));
        return [.. ordered.Select(c => results.First(r => ReferenceEquals(r.Component, c)))];
    }

    /// <summary>
    /// The messages a user sees against these resources (warnings and errors; debug and info lines
    /// are not shown, as the engine hides them by default), per resource in message order, since
    /// a provider may log several at once.
    /// </summary>
    private static ImmutableArray<LogRecord> DiagnosticsOf(EngineRecords records, IReadOnlyCollection<RegisteredResource> resources)
    {
        var urns = resources.Select(r => r.Urn).ToList();
        return
        [
            .. records.Logs
                .Where(l => l.Severity >= MessageSeverity.Warning && urns.Contains(l.Urn, StringComparer.Ordinal))
                .OrderBy(l => urns.IndexOf(l.Urn))
                .ThenByDescending(l => l.Severity)
                .ThenBy(l => l.Message, StringComparer.Ordinal),
        ];
    }
}
