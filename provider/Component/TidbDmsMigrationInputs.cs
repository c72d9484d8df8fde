using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>The one entry point from raw inputs to validated args: read (types, defaults), then check every rule.</summary>
internal static class TidbDmsMigrationInputs
{
    /// <param name="inputs">The component's top-level inputs, as decoded from the wire or a YAML program.</param>
    public static InputReadResult Read(ImmutableSortedDictionary<string, PropertyValue> inputs) =>
        throw new NotImplementedException("ArgsReader + ArgsValidator");
}
