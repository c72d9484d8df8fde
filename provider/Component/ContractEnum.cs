using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>One value of a contract enum: the C# member, the name users write, and what it means.</summary>
internal sealed record EnumMember<TEnum>(TEnum Value, string WireName, string Description)
    where TEnum : struct, Enum;

/// <summary>
/// A contract enum: its schema token, description and members. The reader, the schema and every
/// message take names from here, so a wire name is written once.
/// </summary>
internal sealed class ContractEnum<TEnum>
    where TEnum : struct, Enum
{
    public ContractEnum(string name, string description, params EnumMember<TEnum>[] members)
    {
        Name = name;
        Description = description;
        Members = [.. members];
    }

    /// <summary>The schema type name (the token is <c>tidb-dms:index:{Name}</c>).</summary>
    public string Name { get; }

    public string Description { get; }

    public ImmutableArray<EnumMember<TEnum>> Members { get; }

    /// <summary>The allowed wire names, quoted and joined for messages: <c>'a', 'b' or 'c'</c>.</summary>
    public string AllowedList
    {
        get
        {
            var quoted = Members.Select(m => $"'{m.WireName}'").ToArray();
            return quoted.Length == 1 ? quoted[0] : string.Join(", ", quoted[..^1]) + " or " + quoted[^1];
        }
    }

    public string ToWire(TEnum value) =>
        Members.First(m => EqualityComparer<TEnum>.Default.Equals(m.Value, value)).WireName;

    /// <summary>Exact (case-sensitive) match of a wire name, as the schema requires.</summary>
    public bool TryParse(string wire, out TEnum value)
    {
        foreach (var member in Members)
        {
            if (string.Equals(member.WireName, wire, StringComparison.Ordinal))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The member whose name differs from <paramref name="wire"/> only in case, to suggest a fix.</summary>
    public string? SuggestFor(string wire) =>
        Members.FirstOrDefault(m => string.Equals(m.WireName, wire, StringComparison.OrdinalIgnoreCase))?.WireName;
}
