using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The program's <c>outputs:</c>, evaluated as pulumi-yaml would once its resources are registered:
/// <c>${component.output}</c> is what the engine answered for the component. An output the
/// component does not set (it does not apply to the topology) is absent, with a warning.
/// </summary>
internal static class ProgramOutputs
{
    public static ImmutableArray<StackOutput> Evaluate(
        PulumiProgram program,
        IReadOnlyDictionary<string, PropertyValue> config,
        string stack,
        IReadOnlyDictionary<string, RemoteComponentAnswer> answers,
        List<LocatedDiagnostic> warnings,
        List<LocatedDiagnostic> errors)
    {
        var outputs = ImmutableArray.CreateBuilder<StackOutput>();
        foreach (var output in program.Outputs)
        {
            var absent = false;
            PropertyValue? FromResources(ProgramResource resource, Interpolation.Expression expression, out string? problem)
            {
                problem = null;
                if (!answers.TryGetValue(resource.Name, out var answer))
                {
                    // Not previewed: its outputs are unknown here, as they are in a real first preview.
                    return PropertyValue.Computed;
                }

                if (expression.Accessors is [])
                {
                    problem = $"'${{{expression.Source}}}' is the whole resource; name one of its outputs, e.g. ${{{resource.Name}.{ContractOutputs.VpcId}}}";
                    return null;
                }

                if (expression.Accessors[0] is not Interpolation.Property { Name: var name })
                {
                    problem = $"'${{{expression.Source}}}': a resource has properties, not items";
                    return null;
                }

                if (name == "urn")
                {
                    return ProgramEvaluator.Access(PropertyValue.String(answer.Urn), expression.Accessors[1..], out problem);
                }

                if (!ContractOutputs.All.Any(o => o.Name == name))
                {
                    problem = $"'${{{expression.Source}}}': TidbDmsMigration has no output '{name}' (outputs: {string.Join(", ", ContractOutputs.All.Select(o => o.Name))})";
                    return null;
                }

                if (!answer.Outputs.TryGetValue(name, out var value))
                {
                    absent = true;
                    return PropertyValue.Null;
                }

                return ProgramEvaluator.Access(value, expression.Accessors[1..], out problem);
            }

            var evaluator = new ProgramEvaluator(program, config, stack, FromResources);
            var value = evaluator.Evaluate(output.Value, null, errors);
            if (absent)
            {
                warnings.Add(new LocatedDiagnostic(
                    program.Location(output.Value), null, null, $"output '{output.Name}': the component does not set this output for its topology, so the stack output will be absent"));
                continue;
            }

            outputs.Add(new StackOutput(output.Name, value, IsListOutput(output.Value, answers)));
        }

        return outputs.ToImmutable();
    }

    /// <summary>True when the output is exactly <c>${component.listOutput}</c>, so an unknown value is a list.</summary>
    private static bool IsListOutput(YamlNode value, IReadOnlyDictionary<string, RemoteComponentAnswer> answers) =>
        value is YamlScalarNode { Value: { } text }
        && Interpolation.TryParse(text, out var interpolation, out _)
        && interpolation.Whole is { Accessors: [Interpolation.Property { Name: var name }] } whole
        && answers.ContainsKey(whole.Root)
        && ContractOutputs.All.Any(o => o.IsList && o.Name == name);
}
