using System.Collections.Immutable;
using System.Globalization;

namespace TidbDms.Provider.Component;

/// <summary>
/// The conversions from a wire value to a field's type: each reports its own type error and returns
/// a failed or unknown <see cref="Converted{T}"/> rather than throwing.
/// </summary>
internal sealed partial class InputReader
{
    private Converted<string> ToText(Slot slot)
    {
        if (!slot.Value.TryGetString(out var text))
        {
            return TypeError<string>(slot, "a string");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Fail(slot.Path, slot.Value, "must not be empty", slot.Spec.Required || RequiredHints.ContainsKey(slot.Path) ? RequiredFix(slot.Spec) : RemoveFix(slot.Spec));
            return Converted<string>.Failed;
        }

        return Converted<string>.Of(text);
    }

    private Converted<int> ToInt(Slot slot)
    {
        var example = slot.Spec.DefaultValue is { } d ? $", e.g. {Convert.ToString(d, CultureInfo.InvariantCulture)}" : "";
        if (!slot.Value.TryGetNumber(out var number))
        {
            return TypeError<int>(slot, $"a whole number{example}");
        }

        var fix = $"Set {slot.Path} to a whole number{example}";
        if (!double.IsFinite(number) || Math.Floor(number) != number)
        {
            Fail(slot.Path, slot.Value, "must be a whole number", fix);
            return Converted<int>.Failed;
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            Fail(slot.Path, slot.Value, "is out of range", fix);
            return Converted<int>.Failed;
        }

        return Converted<int>.Of((int)number);
    }

    private Converted<bool> ToBool(Slot slot) =>
        slot.Value.TryGetBool(out var flag) ? Converted<bool>.Of(flag) : TypeError<bool>(slot, "true or false");

    private Func<Slot, Converted<TEnum>> ToEnum<TEnum>(ContractEnum<TEnum> contractEnum)
        where TEnum : struct, Enum => slot =>
    {
        if (!slot.Value.TryGetString(out var wire))
        {
            return TypeError<TEnum>(slot, $"one of {contractEnum.AllowedList}");
        }

        if (contractEnum.TryParse(wire, out var value))
        {
            return Converted<TEnum>.Of(value);
        }

        if (RefusedValues.TryGetValue((slot.Path, wire.ToLowerInvariant()), out var refusal))
        {
            Fail(slot.Path, slot.Value, refusal.Problem, refusal.Fix);
            return Converted<TEnum>.Failed;
        }

        // A secret's spelling is not echoed back, even corrected.
        var suggestion = slot.IsSecret ? null : contractEnum.SuggestFor(wire);
        Fail(
            slot.Path,
            slot.Value,
            $"must be {contractEnum.AllowedList}",
            suggestion is not null ? $"Write '{suggestion}' (values are case-sensitive)" : $"Set {slot.Path} to one of those values");
        return Converted<TEnum>.Failed;
    };

    private Converted<ImmutableArray<string>> ToStringList(Slot slot)
    {
        if (!slot.Value.TryGetArray(out var items))
        {
            return TypeError<ImmutableArray<string>>(slot, "a list of strings");
        }

        var strings = ImmutableArray.CreateBuilder<string>(items.Length);
        var ok = true;
        var unknown = false;
        for (var i = 0; i < items.Length; i++)
        {
            var path = InputPath.Element(slot.Path, i);
            var item = slot.IsSecret ? items[i].WithSecret() : items[i];
            if (item.IsComputed && slot.Spec.Plain)
            {
                PlainUnknown(path, item);
                ok = false;
            }
            else if (item.IsComputed)
            {
                unknown = true;
            }
            else if (item.TryGetString(out var text))
            {
                strings.Add(text);
            }
            else
            {
                Fail(path, item, $"must be a string, got {item.Describe()}", $"Write {path} as a string");
                ok = false;
            }
        }

        return !ok ? Converted<ImmutableArray<string>>.Failed
            : unknown ? Converted<ImmutableArray<string>>.Unknown
            : Converted<ImmutableArray<string>>.Of(strings.DrainToImmutable());
    }

    private Converted<ImmutableSortedDictionary<string, string>> ToStringMap(Slot slot)
    {
        if (!slot.Value.TryGetObject(out var entries))
        {
            return TypeError<ImmutableSortedDictionary<string, string>>(slot, "a map of string values");
        }

        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var ok = true;
        var unknown = false;
        foreach (var (key, raw) in entries)
        {
            var path = InputPath.Key(slot.Path, key);
            var entry = slot.IsSecret ? raw.WithSecret() : raw;
            if (entry.IsNull)
            {
                continue;
            }

            if (entry.IsComputed)
            {
                unknown = true;
            }
            else if (entry.TryGetString(out var text))
            {
                map[key] = text;
            }
            else
            {
                Fail(path, entry, $"must be a string, got {entry.Describe()}", $"Write {path} as a string");
                ok = false;
            }
        }

        return !ok ? Converted<ImmutableSortedDictionary<string, string>>.Failed
            : unknown ? Converted<ImmutableSortedDictionary<string, string>>.Unknown
            : Converted<ImmutableSortedDictionary<string, string>>.Of(map.ToImmutable());
    }

    private Converted<T> TypeError<T>(Slot slot, string expected)
    {
        var fix = $"Set {slot.Path} to {expected}";

        // "4000" or "true" from a config value: the value is right, only its quotes are not.
        if (!slot.IsSecret && slot.Value.TryGetString(out var text)
            && ((slot.Spec.Type == InputType.Integer && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                || (slot.Spec.Type == InputType.Boolean && text is "true" or "false")))
        {
            fix = $"Write {text} without quotes";
        }

        Fail(slot.Path, slot.Value, $"must be {TypeName(slot.Spec.Type)}, got {slot.Value.Describe()}", fix);
        return Converted<T>.Failed;
    }

    private static string TypeName(InputType type) => type switch
    {
        InputType.String or InputType.Enum => "a string",
        InputType.Integer => "a whole number",
        InputType.Boolean => "a boolean",
        InputType.StringList => "a list of strings",
        InputType.StringMap => "a map of strings",
        InputType.Object => "an object",
        _ => type.ToString(),
    };
}
