using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>
/// Reads the component's raw inputs into <see cref="TidbDmsMigrationArgs"/>: names, types, required
/// fields, plain-ness, secrets, dependencies and defaults, exactly as <see cref="ContractInputs"/>
/// lists them. Cross-field rules are <see cref="InputValidator"/>'s.
/// </summary>
/// <remarks>
/// <para>
/// This file is the generic reader: scopes and slots, required, optional and plain fields, secrets and
/// dependencies, and the record of what failed and what was given. It knows no field by name. The
/// component's field map is in InputReader.Fields.cs (and, for the later objects, InputReader.Settings.cs,
/// InputReader.ExistingVpc.cs and InputReader.Notifications.cs); the conversions and the hints each
/// have their file.
/// </para>
/// <para>
/// It never stops at a failure: a failed plain field gets its default (or the enum's first member),
/// a failed non-plain field becomes unknown, and the path is remembered so that no rule reports a
/// consequence of it. That is how every error is reported at once without cascades.
/// </para>
/// </remarks>
internal sealed partial class InputReader
{
    private const string ComponentName = "TidbDmsMigration";

    private static readonly ImmutableSortedDictionary<string, PropertyValue> Empty =
        ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal);

    private readonly List<InputError> _errors = [];
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PropertyValue> _given = new(StringComparer.Ordinal);

    private InputReader()
    {
    }

    private enum ScopeState
    {
        Known,

        /// <summary>A non-plain object that is unknown as a whole: every field is unknown.</summary>
        Unknown,

        /// <summary>An object that failed (missing, wrong type, unknown though plain): fields get stand-ins silently.</summary>
        Failed,
    }

    private enum SlotState
    {
        Absent,
        Failed,
        Unknown,
        Present,
    }

    public static InputReaderResult Read(ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        var reader = new InputReader();
        var args = reader.ReadArgs(new Scope(null, ScopeState.Known, inputs, false, []));
        return new InputReaderResult(
            args,
            [.. reader._errors],
            reader._failed.ToImmutableHashSet(StringComparer.Ordinal),
            reader._given.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>An object input: null when absent and optional, else the scope its fields are read from.</summary>
    private Scope? ReadObject(Scope parent, string name)
    {
        var slot = Take(parent, name);
        switch (slot.State)
        {
            case SlotState.Absent:
                return null;
            case SlotState.Failed:
                return new Scope(slot.Path, ScopeState.Failed, Empty, slot.IsSecret, slot.Dependencies);
            case SlotState.Unknown:
                return new Scope(slot.Path, ScopeState.Unknown, Empty, slot.IsSecret, slot.Dependencies);
        }

        if (!slot.Value.TryGetObject(out var properties))
        {
            TypeError<Scope>(slot, $"an object with {JoinAnd(ContractInputs.ChildrenOf(slot.Path).Select(s => s.Name))}");
            return new Scope(slot.Path, ScopeState.Failed, Empty, slot.IsSecret, slot.Dependencies);
        }

        // An object's own secret flag and dependencies cover its fields; its fields' own do not cover their siblings.
        var scope = new Scope(slot.Path, ScopeState.Known, properties, slot.Value.IsSecret, parent.Dependencies.Union(slot.Value.Dependencies));
        CheckNames(scope);
        return scope;
    }

    /// <summary>An optional object that was not given: its fields take their defaults.</summary>
    private static Scope EmptyObject(Scope parent, string name) =>
        new(InputPath.Child(parent.Path, name), ScopeState.Known, Empty, parent.IsSecret, parent.Dependencies);

    private Input<T>? Optional<T>(Scope scope, string name, Func<Slot, Converted<T>> convert)
    {
        var slot = Take(scope, name);
        if (slot.State == SlotState.Absent)
        {
            return null;
        }

        if (slot.State == SlotState.Present)
        {
            var converted = convert(slot);
            if (converted.IsOk)
            {
                return Input<T>.Known(converted.Value!, slot.IsSecret, slot.Dependencies);
            }

            if (!converted.IsUnknown)
            {
                _failed.Add(slot.Path);
            }
        }

        // Unknown in a preview, or a stand-in for a value that failed: no rule looks at an unknown.
        return Input<T>.Unknown(slot.IsSecret, slot.Dependencies);
    }

    private Input<T> WithDefault<T>(Scope scope, string name, Func<Slot, Converted<T>> convert, T defaultValue) =>
        Optional(scope, name, convert) ?? Input<T>.Known(defaultValue);

    private Input<T> Required<T>(Scope scope, string name, Func<Slot, Converted<T>> convert) =>
        Optional(scope, name, convert) ?? Input<T>.Unknown(scope.IsSecret, scope.Dependencies);

    /// <summary>A plain input: always a known value, the fallback when absent or failed.</summary>
    private T Plain<T>(Scope scope, string name, Func<Slot, Converted<T>> convert, T fallback)
    {
        var slot = Take(scope, name);
        if (slot.State != SlotState.Present)
        {
            return fallback;
        }

        var converted = convert(slot);
        if (converted.IsOk)
        {
            return converted.Value!;
        }

        _failed.Add(slot.Path);
        return fallback;
    }

    /// <summary>Looks a field up: required and plain checks, secret marking, dependencies, and the record of what was given.</summary>
    private Slot Take(Scope scope, string name)
    {
        var path = InputPath.Child(scope.Path, name);
        var spec = ContractInputs.Get(path);
        var secret = scope.IsSecret || spec.Secret;
        switch (scope.State)
        {
            case ScopeState.Failed:
                return new Slot(path, spec, SlotState.Failed, PropertyValue.Null, secret, scope.Dependencies);
            case ScopeState.Unknown when spec.Plain:
                PlainUnknown(path, PropertyValue.Computed);
                return new Slot(path, spec, SlotState.Failed, PropertyValue.Null, secret, scope.Dependencies);
            case ScopeState.Unknown:
                return new Slot(path, spec, SlotState.Unknown, PropertyValue.Computed, secret, scope.Dependencies);
        }

        if (!scope.Properties.TryGetValue(name, out var value) || value.IsNull)
        {
            if (spec.Required)
            {
                Fail(path, null, "is required", RequiredFix(spec));
                return new Slot(path, spec, SlotState.Failed, PropertyValue.Null, secret, scope.Dependencies);
            }

            return new Slot(path, spec, SlotState.Absent, PropertyValue.Null, secret, scope.Dependencies);
        }

        // Marked before anything renders it: a password that arrived plain must never be shown.
        value = MarkSecretFields(path, secret && !value.IsSecret ? value.WithSecret() : value);
        _given[path] = value;
        var dependencies = scope.Dependencies.Union(value.AllDependencies);
        if (value.IsComputed)
        {
            if (spec.Plain)
            {
                PlainUnknown(path, value);
                return new Slot(path, spec, SlotState.Failed, value, secret || value.IsSecret, dependencies);
            }

            return new Slot(path, spec, SlotState.Unknown, value, secret || value.IsSecret, dependencies);
        }

        return new Slot(path, spec, SlotState.Present, value, secret || value.ContainsSecrets, dependencies);
    }

    /// <summary>Marks the secret fields of an object input (the password) secret, even if they arrived plain.</summary>
    private static PropertyValue MarkSecretFields(string path, PropertyValue value)
    {
        if (!value.TryGetObject(out var properties))
        {
            return value;
        }

        var marked = properties;
        foreach (var spec in ContractInputs.ChildrenOf(path).Where(s => s.Secret))
        {
            if (marked.TryGetValue(spec.Name, out var field) && !field.IsSecret)
            {
                marked = marked.SetItem(spec.Name, field.WithSecret());
            }
        }

        return ReferenceEquals(marked, properties)
            ? value
            : PropertyValue.Object(marked).WithSecret(value.IsSecret).WithDependencies(value.Dependencies);
    }

    private void PlainUnknown(string path, PropertyValue value) => Fail(
        path,
        value,
        "is unknown during the preview, but it decides which resources the component creates",
        $"Set {path} from a literal or a config value, not from another resource's output");

    private void Fail(string path, PropertyValue? value, string problem, string fix)
    {
        // However the value came (a misspelt secret, a map holding one), a message shows only what ShownValue allows.
        _errors.Add(new InputError(path, ShownValue.Of(path, value)?.ToString(), problem, fix));
        _failed.Add(path);
    }

    /// <summary>An object being read: its path, state, properties, and the secret flag and dependencies it passes to its fields.</summary>
    private sealed record Scope(
        string? Path,
        ScopeState State,
        ImmutableSortedDictionary<string, PropertyValue> Properties,
        bool IsSecret,
        ImmutableSortedSet<string> Dependencies);

    /// <summary>One field as found: its value (secret-marked), and the secret flag and dependencies its Input gets.</summary>
    private readonly record struct Slot(
        string Path,
        InputSpec Spec,
        SlotState State,
        PropertyValue Value,
        bool IsSecret,
        ImmutableSortedSet<string> Dependencies);

    /// <summary>A conversion's outcome: a value, unknown (a list with an unknown element), or failed (error already reported).</summary>
    private readonly record struct Converted<T>(T? Value, bool IsOk, bool IsUnknown)
    {
        public static Converted<T> Failed => new(default, false, false);

        public static Converted<T> Unknown => new(default, false, true);

        public static Converted<T> Of(T value) => new(value, true, false);
    }
}
