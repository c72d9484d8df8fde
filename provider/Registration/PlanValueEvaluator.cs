using System.Collections.Immutable;
using System.Globalization;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// Turns a <see cref="PlanValue"/> into the value to send, from the outputs the engine returned for
/// the children registered so far. A reference to a child's output depends on that child's URN;
/// secrets stay secret through every expression; in a preview, an output the engine did not
/// return (or returned unknown) stays unknown, and so does anything computed from it.
/// </summary>
internal sealed class PlanValueEvaluator
{
    private readonly IReadOnlyDictionary<string, RegisterResourceResult> _registered;
    private readonly bool _dryRun;

    /// <param name="registered">Child name → what the engine answered for it.</param>
    public PlanValueEvaluator(IReadOnlyDictionary<string, RegisterResourceResult> registered, bool dryRun)
    {
        _registered = registered;
        _dryRun = dryRun;
    }

    public PropertyValue Evaluate(PlanValue value) => value switch
    {
        PlanValue.Literal literal => literal.Value,
        PlanValue.Ref reference => Resolve(reference),
        PlanValue.List list => PropertyValue.Array(list.Items.Select(Evaluate)),
        PlanValue.Map map => PropertyValue.Object(map.Entries.Select(e => KeyValuePair.Create(e.Key, Evaluate(e.Value)))),
        PlanValue.Concat concat => Concat([.. concat.Parts.Select(p => Checked(p, Evaluate(p), IsTextOrUnknown, "a string"))]),
        PlanValue.EachWithSuffix each => AppendToEach(Checked(each.Source, Evaluate(each.Source), IsListOfStringsOrUnknown, "a list of strings"), each.Suffix),
        PlanValue.Secret secret => Evaluate(secret.Inner).WithSecret(),
        _ => throw new NotSupportedException($"plan value {value.GetType().Name} has no evaluation"),
    };

    private PropertyValue Resolve(PlanValue.Ref reference)
    {
        if (!_registered.TryGetValue(reference.Resource, out var child))
        {
            throw new InvalidOperationException(
                $"the plan refers to '{reference.Resource}.{reference.Output}' before '{reference.Resource}' is registered");
        }

        var unknownIfMissing = _dryRun || child.IsUnknown;
        PropertyValue value;
        if (string.Equals(reference.Output, "id", StringComparison.Ordinal))
        {
            // The engine answers "" for a resource a preview would create: its ID is not known yet.
            value = child.Id.Length > 0 && !child.IsUnknown ? PropertyValue.String(child.Id) : PropertyValue.Computed;
        }
        else if (string.Equals(reference.Output, "urn", StringComparison.Ordinal))
        {
            value = PropertyValue.String(child.Urn);
        }
        else if (child.IsUnknown)
        {
            value = PropertyValue.Computed;
        }
        else if (child.Outputs.TryGetValue(reference.Output, out var output))
        {
            // The pulumi-aws outputs the plan reads are strings, or lists of strings (the instance's IPs).
            value = reference.Output switch
            {
                AwsOutputs.ReplicationInstancePublicIps or AwsOutputs.ReplicationInstancePrivateIps =>
                    Checked(reference, output, IsListOfStringsOrUnknown, "a list of strings"),
                AwsOutputs.Name or AwsOutputs.Arn or AwsOutputs.AllocationId or AwsOutputs.PublicIp or AwsOutputs.ReplicationSubnetGroupId
                    or AwsOutputs.ReplicationInstanceArn or AwsOutputs.CertificateArn or AwsOutputs.EndpointArn or AwsOutputs.ReplicationTaskArn =>
                    Checked(reference, output, v => v.IsComputed || v.IsNull || v.Kind == PropertyValueKind.String, "a string"),
                _ => output,
            };
        }
        else
        {
            value = unknownIfMissing ? PropertyValue.Computed : PropertyValue.Null;
        }

        return value.WithDependencies([child.Urn]);
    }

    /// <summary>
    /// A child's output used in an expression, checked before use: an engine that answers with an
    /// output of another kind gets an error naming the child and the output, not an internal error.
    /// </summary>
    private static PropertyValue Checked(PlanValue source, PropertyValue value, Func<PropertyValue, bool> fits, string expected) =>
        source is PlanValue.Ref reference && !fits(value)
            ? throw new EngineReplyException(reference.Resource, reference.Output, expected, value.Describe())
            : value;

    private static bool IsTextOrUnknown(PropertyValue value) =>
        value.IsComputed || value.Kind is PropertyValueKind.String or PropertyValueKind.Number or PropertyValueKind.Bool;

    private static bool IsListOfStringsOrUnknown(PropertyValue value) =>
        value.IsComputed || value.IsNull || (value.TryGetArray(out var items) && items.All(i => i.IsComputed || i.Kind == PropertyValueKind.String));

    private static PropertyValue Concat(ImmutableArray<PropertyValue> parts)
    {
        var dependencies = parts.SelectMany(p => p.AllDependencies);
        var secret = parts.Any(p => p.ContainsSecrets);
        if (parts.Any(p => p.ContainsUnknowns))
        {
            return PropertyValue.Computed.WithSecret(secret).WithDependencies(dependencies);
        }

        var text = string.Concat(parts.Select(Text));
        return PropertyValue.String(text).WithSecret(secret).WithDependencies(dependencies);
    }

    private static string Text(PropertyValue part)
    {
        if (part.TryGetString(out var s))
        {
            return s;
        }

        if (part.TryGetNumber(out var n))
        {
            return n.ToString("R", CultureInfo.InvariantCulture);
        }

        if (part.TryGetBool(out var b))
        {
            return b ? "true" : "false";
        }

        throw new InvalidOperationException($"cannot concatenate {part.Describe()}");
    }

    private static PropertyValue AppendToEach(PropertyValue source, string suffix)
    {
        if (!source.TryGetArray(out var items))
        {
            // Unknown or absent as a whole: so is the result. Anything else is a planner bug.
            return source.IsComputed || source.IsNull
                ? source
                : throw new InvalidOperationException($"cannot append '{suffix}' to each item of {source.Describe()}");
        }

        var mapped = items.Select(item => item.TryGetString(out var s)
            ? PropertyValue.String(s + suffix).WithSecret(item.IsSecret).WithDependencies(item.Dependencies)
            : item.IsComputed ? item : throw new InvalidOperationException($"cannot append '{suffix}' to {item.Describe()}"));
        return PropertyValue.Array(mapped).WithSecret(source.IsSecret).WithDependencies(source.Dependencies);
    }
}
