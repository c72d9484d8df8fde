using System.Collections.Immutable;
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
