namespace TidbDms.Provider.Component;

/// <summary>The type of one contract input, as the schema publishes it.</summary>
internal enum InputType
{
    String,
    Integer,
    Boolean,

    /// <summary>A string enum; <see cref="InputSpec.EnumName"/> names it.</summary>
    Enum,
    StringList,
    StringMap,

    /// <summary>A nested object; <see cref="InputSpec.ObjectName"/> names its schema type.</summary>
    Object,
}
