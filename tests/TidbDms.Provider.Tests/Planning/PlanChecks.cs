using System.Text.RegularExpressions;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// Invariants every plan must keep, as lists of readable problems (empty when the plan is sound),
/// so a failing matrix case says exactly what is wrong where.
/// </summary>
internal static partial class PlanChecks
{
    [GeneratedRegex("^[a-z][a-z0-9-]*[a-z0-9]$")]
    private static partial Regex DmsIdentifier();

    /// <summary>Every child's prerequisites (refs and dependsOn) come earlier in the list.</summary>
    public static List<string> OrderProblems(MigrationPlan plan)
    {
        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            problems.AddRange(resource.Prerequisites.Where(p => !seen.Contains(p)).Select(p => $"{resource.Name} needs {p}, which does not come before it"));
            seen.Add(resource.Name);
        }

        return problems;
    }

    /// <summary>Names are unique and all start with the component's name.</summary>
    public static List<string> NameProblems(MigrationPlan plan)
    {
        var problems = plan.Resources.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{g.Key} is used {g.Count()} times").ToList();
        problems.AddRange(plan.Resources.Where(r => !r.Name.StartsWith(plan.ComponentName + "-", StringComparison.Ordinal)).Select(r => $"{r.Name} is not derived from {plan.ComponentName}"));
        return problems;
    }

    /// <summary>
    /// Every type exists in pulumi-aws; every input exists on its type (nested keys too), holds a
    /// value of the input's type, and every required input is present. References must read an
    /// output the referenced child's type has, of the type the input expects.
    /// </summary>
    public static List<string> SchemaProblems(MigrationPlan plan, AwsReference aws)
    {
        var problems = new List<string>();
        foreach (var resource in plan.Resources)
        {
            if (!aws.Types.TryGetValue(resource.Type, out var type) || type.Kind != "resource")
            {
                problems.Add($"{resource.Name}: type {resource.Type} is not a pulumi-aws 7.48.0 resource");
                continue;
            }

            foreach (var (name, value) in resource.Inputs)
            {
                if (!type.Inputs.TryGetValue(name, out var input))
                {
                    problems.Add($"{resource.Name}: {resource.Type} has no input '{name}'");
                    continue;
                }

                CheckValue($"{resource.Name}.{name}", input.TsType, value, type, plan, aws, problems);
            }

            problems.AddRange(type.Inputs.Values.Where(i => i.Required && !resource.Inputs.ContainsKey(i.Name)).OrderBy(i => i.Name, StringComparer.Ordinal)
                .Select(i => $"{resource.Name}: required input '{i.Name}' is missing"));
        }

        foreach (var (name, value) in plan.Outputs)
        {
            foreach (var reference in Refs(value))
            {
                if (OutputType(reference, plan, aws) is null)
                {
                    problems.Add($"output {name}: {PlanJson.RefText(reference)} reads no output of an existing child");
                }
            }
        }

        return problems;
    }

    /// <summary>Every child whose type takes tags has the user's tags plus Name = its logical name.</summary>
    public static List<string> TagProblems(MigrationPlan plan, AwsReference aws, IReadOnlyDictionary<string, string> userTags)
    {
        var problems = new List<string>();
        foreach (var resource in plan.Resources.Where(r => aws.Types[r.Type].Inputs.ContainsKey("tags")))
        {
            if (!resource.Inputs.TryGetValue("tags", out var tags) || tags is not PlanValue.Literal { Value.Kind: PropertyValueKind.Object } literal)
            {
                problems.Add($"{resource.Name}: no known tags");
                continue;
            }

            var map = literal.Value.AsObject.ToDictionary(kv => kv.Key, kv => kv.Value.AsString, StringComparer.Ordinal);
            var expected = new Dictionary<string, string>(userTags, StringComparer.Ordinal) { ["Name"] = resource.Name };
            problems.AddRange(expected.Where(kv => !map.TryGetValue(kv.Key, out var v) || v != kv.Value)
                .Select(kv => $"{resource.Name}: tag {kv.Key} should be '{kv.Value}'"));
        }

        return problems;
    }

    /// <summary>
    /// Inputs pulumi-aws treats as secret are secret, nothing else is, and each child asks for
    /// exactly the additional secret outputs pulumi-aws's SDK asks for.
    /// </summary>
    public static List<string> SecretProblems(MigrationPlan plan, AwsReference aws)
    {
        var problems = new List<string>();
        foreach (var resource in plan.Resources)
        {
            var type = aws.Types[resource.Type];
            problems.AddRange(type.SecretInputs.Where(s => resource.Inputs.TryGetValue(s, out var v) && !v.ContainsSecret)
                .Select(s => $"{resource.Name}.{s} is not secret"));
            problems.AddRange(resource.SecretInputs.Where(s => !type.SecretInputs.Contains(s))
                .Select(s => $"{resource.Name}.{s} is secret but should not be"));
            if (!resource.AdditionalSecretOutputs.SequenceEqual(type.AdditionalSecretOutputs))
            {
                problems.Add($"{resource.Name}: additionalSecretOutputs [{string.Join(", ", resource.AdditionalSecretOutputs)}], pulumi-aws uses [{string.Join(", ", type.AdditionalSecretOutputs)}]");
            }
        }

        return problems;
    }

    /// <summary>The AWS-side DMS identifiers are valid for DMS.</summary>
    public static List<string> IdentifierProblems(MigrationPlan plan)
    {
        string[] identifierInputs =
        [
            "replicationSubnetGroupId", "replicationInstanceId", "endpointId", "certificateId", "replicationTaskId", "replicationConfigIdentifier",
        ];
        var problems = new List<string>();
        foreach (var resource in plan.Resources.Where(r => r.Type.StartsWith("aws:dms/", StringComparison.Ordinal)))
        {
            foreach (var input in identifierInputs)
            {
                if (resource.Inputs.TryGetValue(input, out var value) && value is PlanValue.Literal literal)
                {
                    var id = literal.Value.AsString;
                    if (!DmsIdentifier().IsMatch(id) || id.Contains("--", StringComparison.Ordinal) || id.Length > DmsIdentifiers.MaxLength)
                    {
                        problems.Add($"{resource.Name}.{input} '{id}' is not a valid DMS identifier");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>With every input known, nothing in the plan is unknown.</summary>
    public static List<string> UnknownProblems(MigrationPlan plan) =>
    [
        .. plan.Resources.SelectMany(r => r.Inputs.Where(kv => ContainsUnknown(kv.Value)).Select(kv => $"{r.Name}.{kv.Key} is unknown")),
        .. plan.Outputs.Where(kv => ContainsUnknown(kv.Value)).Select(kv => $"output {kv.Key} is unknown"),
    ];

    /// <summary>Every output is a contract output.</summary>
    public static List<string> OutputProblems(MigrationPlan plan) =>
        [.. plan.Outputs.Keys.Where(k => !ContractOutputs.All.Any(o => o.Name == k)).Select(k => $"output {k} is not in the contract")];

    public static IEnumerable<PlanValue.Ref> Refs(PlanValue value) => value switch
    {
        PlanValue.Ref r => [r],
        PlanValue.List l => l.Items.SelectMany(Refs),
        PlanValue.Map m => m.Entries.Values.SelectMany(Refs),
        PlanValue.Concat c => c.Parts.SelectMany(Refs),
        PlanValue.EachWithSuffix e => Refs(e.Source),
        PlanValue.Secret s => Refs(s.Inner),
        _ => [],
    };

    private static bool ContainsUnknown(PlanValue value) => value switch
    {
        PlanValue.Literal l => l.Value.ContainsUnknowns,
        PlanValue.List l => l.Items.Any(ContainsUnknown),
        PlanValue.Map m => m.Entries.Values.Any(ContainsUnknown),
        PlanValue.Concat c => c.Parts.Any(ContainsUnknown),
        PlanValue.EachWithSuffix e => ContainsUnknown(e.Source),
        PlanValue.Secret s => ContainsUnknown(s.Inner),
        _ => false,
    };

    private static string? OutputType(PlanValue.Ref reference, MigrationPlan plan, AwsReference aws)
    {
        var target = plan.Resources.FirstOrDefault(r => r.Name == reference.Resource);
        return target is null ? null : aws.Types[target.Type].OutputType(reference.Output);
    }

    private static void CheckValue(string path, string tsType, PlanValue value, AwsType owner, MigrationPlan plan, AwsReference aws, List<string> problems)
    {
        if (value is PlanValue.Secret secret)
        {
            CheckValue(path, tsType, secret.Inner, owner, plan, aws, problems);
            return;
        }

        if (value is PlanValue.Literal { Value.IsComputed: true })
        {
            return;
        }

        // assumeRolePolicy and role take a string or an object (a policy document, a Role); the planner sends strings.
        var type = tsType.StartsWith("string | ", StringComparison.Ordinal) ? "string" : tsType;
        if (value is PlanValue.Ref reference)
        {
            var outputType = OutputType(reference, plan, aws);
            if (outputType is null)
            {
                problems.Add($"{path}: {PlanJson.RefText(reference)} reads no output of an existing child");
            }
            else if (outputType != type)
            {
                problems.Add($"{path}: {PlanJson.RefText(reference)} is {outputType}, the input takes {tsType}");
            }

            return;
        }

        if (type.EndsWith("[]", StringComparison.Ordinal))
        {
            var element = type[..^2];
            switch (value)
            {
                case PlanValue.List list:
                    for (var i = 0; i < list.Items.Length; i++)
                    {
                        CheckValue($"{path}[{i}]", element, list.Items[i], owner, plan, aws, problems);
                    }

                    break;
                case PlanValue.EachWithSuffix when element == "string":
                    break;
                case PlanValue.Literal { Value.Kind: PropertyValueKind.Array } literal when literal.Value.AsArray.All(v => Shape(v) == element):
                    break;
                default:
                    problems.Add($"{path}: {Describe(value)} given, the input takes {tsType}");
                    break;
            }

            return;
        }

        if (AwsReference.NestedTypeName(type) is { } nestedName)
        {
            if (value is not PlanValue.Map map)
            {
                problems.Add($"{path}: {Describe(value)} given, the input takes {tsType}");
                return;
            }

            var fields = owner.NestedTypes[nestedName];
            foreach (var (key, entry) in map.Entries)
            {
                if (fields.TryGetValue(key, out var field))
                {
                    CheckValue($"{path}.{key}", field.TsType, entry, owner, plan, aws, problems);
                }
                else
                {
                    problems.Add($"{path}: {nestedName} has no field '{key}'");
                }
            }

            problems.AddRange(fields.Values.Where(f => f.Required && !map.Entries.ContainsKey(f.Name)).OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => $"{path}: required field '{f.Name}' is missing"));
            return;
        }

        if (type.StartsWith("{ [key: string]: string", StringComparison.Ordinal))
        {
            if (value is not PlanValue.Literal { Value.Kind: PropertyValueKind.Object } tags || tags.Value.AsObject.Values.Any(v => v.Kind != PropertyValueKind.String))
            {
                problems.Add($"{path}: {Describe(value)} given, the input takes a map of strings");
            }

            return;
        }

        var shape = value switch
        {
            PlanValue.Literal literal => Shape(literal.Value),
            PlanValue.Concat => "string",
            _ => Describe(value),
        };
        if (shape != type)
        {
            problems.Add($"{path}: {shape} given, the input takes {tsType}");
        }
    }

    private static string Shape(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.String => "string",
        PropertyValueKind.Number => "number",
        PropertyValueKind.Bool => "boolean",
        _ => value.Describe(),
    };

    private static string Describe(PlanValue value) => value switch
    {
        PlanValue.Literal l => l.Value.Describe(),
        _ => value.GetType().Name,
    };
}
