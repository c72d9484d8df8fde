using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Previews one <c>TidbDmsMigration</c>: what the component would register for these inputs,
/// during a preview (dry run), without any cloud call.
/// </summary>
/// <remarks>
/// <see cref="ConstructPreviewEngine"/> is the one the command uses: the provider's gRPC service
/// driven by a mock engine that records each <c>RegisterResource</c>. Tests plug in their own.
/// </remarks>
internal interface IPreviewEngine
{
    /// <param name="inputs">The component's inputs as the program gives them: secrets wrapped, unknowns <see cref="PropertyValue.Computed"/>.</param>
    Task<PreviewComponentResult> PreviewAsync(
        string componentName,
        ImmutableSortedDictionary<string, PropertyValue> inputs,
        PreviewContext context,
        CancellationToken cancellationToken);
}
