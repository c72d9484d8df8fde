namespace TidbDms.Provider.Values;

/// <summary>How <see cref="PropertyValueMarshaller"/> writes secrets, unknowns and dependencies.</summary>
internal enum OutputValueEncoding
{
    /// <summary>
    /// Values that carry dependencies (and secret unknowns) become output-value objects, so the
    /// dependencies travel with the value. For peers that accept output values.
    /// </summary>
    Keep,

    /// <summary>
    /// No output values: secrets become secret objects, unknowns the sentinel string, and dependencies
    /// are dropped (the caller sends them separately, e.g. in <c>propertyDependencies</c>).
    /// </summary>
    Downgrade,

    /// <summary>
    /// Every secret, every unknown and every value with dependencies becomes an output-value object,
    /// at any depth: how the engine passes a remote component's inputs to a provider that accepts
    /// output values (it reads the program's values upgraded to outputs, and keeps them so).
    /// </summary>
    Upgrade,
}
