using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TidbDms.Provider.Values;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Turns a value of the program (a resource's properties, an output) into a <see cref="PropertyValue"/>:
/// scalars by their YAML type, strings with their <c>${...}</c> expressions resolved against the
/// config, <c>pulumi.project</c>/<c>pulumi.stack</c>, and whatever the caller lets resources
/// resolve to. Anything it cannot evaluate offline is an error at its line, never skipped.
/// </summary>
internal sealed class ProgramEvaluator
{
    private readonly PulumiProgram _program;
    private readonly IReadOnlyDictionary<string, PropertyValue> _config;
    private readonly string _stack;
    private readonly ResolveResource _resolveResource;

    /// <summary>
    /// The value of an expression whose root is a resource of the program; sets
    /// <paramref name="problem"/> (and returns null) when the place does not allow it.
    /// </summary>
    public delegate PropertyValue? ResolveResource(ProgramResource resource, Interpolation.Expression expression, out string? problem);

    public ProgramEvaluator(
        PulumiProgram program, IReadOnlyDictionary<string, PropertyValue> config, string stack, ResolveResource resolveResource)
    {
        _program = program;
        _config = config;
        _stack = stack;
        _resolveResource = resolveResource;
    }

    /// <param name="component">The resource the value belongs to, for messages (null for outputs).</param>
    public PropertyValue Evaluate(YamlNode node, string? component, ICollection<LocatedDiagnostic> errors)
    {
        void Error(YamlNode at, string message) => errors.Add(new LocatedDiagnostic(_program.Location(at), component, null, message));

        switch (node)
        {
            case YamlScalarNode scalar:
                var typed = YamlScalars.Resolve(scalar, out var problem);
                if (problem is not null)
                {
                    Error(scalar, problem);
                }

                return typed ?? Interpolate(scalar, Error);
            case YamlSequenceNode sequence:
                return PropertyValue.Array([.. sequence.Children.Select(item => Evaluate(item, component, errors))]);
            case YamlMappingNode mapping:
                var entries = new List<KeyValuePair<string, PropertyValue>>();
                foreach (var (keyNode, value) in mapping.Children)
                {
                    var key = PulumiProgramLoader.Scalar(keyNode);
                    if (key is null)
                    {
                        Error(keyNode, "a mapping key must be a plain string");
                        continue;
                    }

                    if (key.StartsWith("fn::", StringComparison.OrdinalIgnoreCase))
                    {
                        Error(keyNode, $"'{key}' is not supported by preview: built-in functions run in the Pulumi engine; write the value itself or take it from config");
                        continue;
                    }

                    entries.Add(KeyValuePair.Create(key, Evaluate(value, component, errors)));
                }

                return PropertyValue.Object(entries);
            default:
                Error(node, "this YAML node is not supported");
                return PropertyValue.Null;
        }
    }

    private PropertyValue Interpolate(YamlScalarNode scalar, Action<YamlNode, string> error)
    {
        var text = scalar.Value ?? "";
        if (!Interpolation.TryParse(text, out var interpolation, out var problem))
        {
            error(scalar, problem!);
            return PropertyValue.Null;
        }

        if (!interpolation.HasExpressions)
        {
            return PropertyValue.String(interpolation.Parts is [Interpolation.Text only] ? only.Value : text);
        }

        if (interpolation.Whole is { } whole)
        {
            return Resolve(whole, scalar, error) ?? PropertyValue.Null;
        }

        var parts = new List<PropertyValue>();
        foreach (var part in interpolation.Parts)
        {
            switch (part)
            {
                case Interpolation.Text t:
                    parts.Add(PropertyValue.String(t.Value));
                    break;
                case Interpolation.Expression e:
                    if (Resolve(e, scalar, error) is not { } value)
                    {
                        return PropertyValue.Null;
                    }

                    if (value.Kind is PropertyValueKind.Array or PropertyValueKind.Object)
                    {
                        error(scalar, $"'${{{e.Source}}}' is {value.Describe()}, which cannot be part of a string");
                        return PropertyValue.Null;
                    }

                    parts.Add(value);
                    break;
            }
        }

        var secret = parts.Any(p => p.IsSecret);
        if (parts.Any(p => p.IsComputed))
        {
            return PropertyValue.Computed.WithSecret(secret);
        }

        var joined = new StringBuilder();
        foreach (var value in parts)
        {
            joined.Append(value.Kind switch
            {
                PropertyValueKind.String => value.AsString,
                PropertyValueKind.Number when value.TryGetNumber(out var n) => n.ToString("R", CultureInfo.InvariantCulture),
                PropertyValueKind.Bool when value.TryGetBool(out var b) => b ? "true" : "false",
                _ => "",
            });
        }

        return PropertyValue.String(joined.ToString()).WithSecret(secret);
    }

    /// <summary>The value of one expression, or null after reporting why it has none.</summary>
    private PropertyValue? Resolve(Interpolation.Expression expression, YamlNode at, Action<YamlNode, string> error)
    {
        var root = expression.Root;
        if (root == "pulumi")
        {
            var value = expression.Accessors switch
            {
                [Interpolation.Property { Name: "project" }] => PropertyValue.String(_program.Name),
                [Interpolation.Property { Name: "stack" }] => PropertyValue.String(_stack),
                _ => null,
            };
            if (value is null)
            {
                error(at, $"'${{{expression.Source}}}': only pulumi.project and pulumi.stack are known to an offline preview");
            }

            return value;
        }

        var key = root.StartsWith(_program.Name + ":", StringComparison.Ordinal) ? root[(_program.Name.Length + 1)..] : root;
        if (_config.TryGetValue(key, out var configValue))
        {
            var accessed = Access(configValue, expression.Accessors, out var problem);
            if (problem is not null)
            {
                error(at, $"'${{{expression.Source}}}': {problem}");
            }

            return accessed;
        }

        if (_program.Variables.TryGetValue(root, out var variable))
        {
            error(at, $"'${{{expression.Source}}}' uses the variable '{root}' ({_program.Location(variable)}): variables are not supported by preview; write the value here or declare it in config");
            return null;
        }

        if (_program.Resources.FirstOrDefault(r => string.Equals(r.Name, root, StringComparison.Ordinal)) is { } resource)
        {
            var value = _resolveResource(resource, expression, out var problem);
            if (problem is not null)
            {
                error(at, problem);
            }

            return value;
        }

        var declared = _config.Keys.Order(StringComparer.Ordinal).ToList();
        error(at, $"'${{{expression.Source}}}': '{root}' is not a config key, variable or resource of this program"
            + (declared.Count == 0 ? "" : $" (config keys: {string.Join(", ", declared)})"));
        return null;
    }

    /// <summary>
    /// The value reached by property and index accessors. Inside an unknown value the result is
    /// unknown; inside a secret it stays secret.
    /// </summary>
    public static PropertyValue? Access(PropertyValue value, ImmutableArray<Interpolation.Accessor> accessors, out string? problem)
    {
        problem = null;
        var secret = value.IsSecret;
        var current = value;
        foreach (var accessor in accessors)
        {
            if (current.IsComputed)
            {
                return PropertyValue.Computed.WithSecret(secret);
            }

            PropertyValue? next = accessor switch
            {
                Interpolation.Property p when current.TryGetObject(out var entries) => entries.GetValueOrDefault(p.Name),
                Interpolation.Index i when current.TryGetArray(out var items) => i.Value < items.Length ? items[i.Value] : null,
                _ => null,
            };
            if (next is null)
            {
                problem = accessor switch
                {
                    Interpolation.Property p => $"{(secret ? "the secret value" : current.Describe())} has no property '{p.Name}'",
                    Interpolation.Index i => $"{(secret ? "the secret value" : current.Describe())} has no item [{i.Value}]",
                    _ => "cannot access this value",
                };
                return null;
            }

            secret |= next.IsSecret;
            current = next;
        }

        return current.WithSecret(secret || current.IsSecret);
    }
}
