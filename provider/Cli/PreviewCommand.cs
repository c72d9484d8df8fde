using System.CommandLine;

namespace TidbDms.Provider.Cli;

/// <summary>
/// <c>preview [PROGRAM] [--config key=value ...] [--stack NAME] [--diff-against BASE.json] [--json | --mermaid | --markdown]</c>: what
/// <c>pulumi preview</c> would create for the TidbDmsMigration resources of a Pulumi YAML program
/// or a Node.js (TypeScript or JavaScript) program, offline (no AWS, no Pulumi engine).
/// </summary>
internal static class PreviewCommand
{
    public static Command Create() => Create(PreviewEnvironment.Offline);

    /// <param name="environment">The cloud and the plugin the preview runs against (tests give their own).</param>
    public static Command Create(PreviewEnvironment environment)
    {
        var program = new Argument<string?>("program")
        {
            Description = "The program: its Pulumi.yaml, or the directory holding it (runtime: yaml, or runtime: nodejs with its packages installed). Default: the nearest Pulumi.yaml from the current directory up to the repository root.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var config = new Option<string[]>("--config", "-c")
        {
            Description = "A config value, key=value (repeatable). Overrides the program's value or default; a secret without a value is unknown, as in a real preview (a Node.js program gets a secret placeholder instead, never printed).",
            AllowMultipleArgumentsPerToken = false,
        };
        var stack = new Option<string>("--stack", "-s")
        {
            Description = "The stack: NAME, ORG/NAME or ORG/PROJECT/NAME, by Pulumi's rules (NAME goes into URNs and DMS identifiers; its config is read from Pulumi.<NAME>.yaml beside Pulumi.yaml).",
            DefaultValueFactory = _ => "dev",
        };
        var json = new Option<bool>("--json") { Description = "Print the full result as JSON (registrations, inputs, dependencies, outputs, warnings)." };
        var mermaid = new Option<bool>("--mermaid") { Description = "Print a Mermaid flowchart of the network DMS uses to reach TiDB." };
        var markdown = new Option<bool>("--markdown") { Description = "Print a pull-request comment: the counts, a table of the changes, the full plan (collapsed) and the topology as a mermaid block." };
        var diffAgainst = new Option<string?>("--diff-against")
        {
            Description = "Compare with an earlier 'preview --json' (BASE.json, e.g. of the base branch): every resource as create, update, replace, delete or unchanged, the changed inputs, why a resource is replaced, and what a reviewer must not miss.",
        };

        var command = new Command(
            "preview",
            "Show what the TidbDmsMigration resources of a Pulumi program would create, offline (no AWS calls, no Pulumi engine). "
            + "A YAML program is evaluated in process: its other resources are listed as not previewed, and a YAML feature the preview "
            + "cannot evaluate (fn::*, variables, references to other resources) is an error at its line. A Node.js program (runtime: nodejs) "
            + "runs with its own @pulumi/pulumi against the offline engine; its exports are the outputs.")
        {
            program, config, stack, json, mermaid, markdown, diffAgainst,
        };
        command.Validators.Add(result =>
        {
            var formats = new[] { (json, "--json"), (mermaid, "--mermaid"), (markdown, "--markdown") }.Where(f => result.GetValue(f.Item1)).Select(f => f.Item2).ToList();
            if (formats.Count > 1)
            {
                result.AddError($"{string.Join(" and ", formats)} are alternatives: choose one");
            }

            if (result.GetValue(mermaid) && result.GetValue(diffAgainst) is not null)
            {
                result.AddError("--diff-against goes with the text, --json or --markdown output, not --mermaid");
            }

            // The parser takes an unknown option for the program's path; a path never starts with '-'.
            if (result.GetValue(program) is { } path && path.StartsWith('-'))
            {
                result.AddError($"unknown option {path.Split('=', 2)[0]} (a program whose path starts with '-' is written ./{path})");
            }
        });
        command.SetAction((parseResult, cancellationToken) =>
        {
            var request = new PreviewRequest(
                parseResult.GetValue(program),
                [.. parseResult.GetValue(config) ?? []],
                parseResult.GetValue(stack) ?? "dev",
                parseResult.GetValue(json) ? PreviewFormat.Json
                    : parseResult.GetValue(mermaid) ? PreviewFormat.Mermaid
                    : parseResult.GetValue(markdown) ? PreviewFormat.Markdown
                    : PreviewFormat.Text,
                Environment.CurrentDirectory)
            {
                DiffAgainst = parseResult.GetValue(diffAgainst),
            };
            var invocation = parseResult.InvocationConfiguration;
            return new PreviewRunner(environment).RunAsync(request, invocation.Output, invocation.Error, cancellationToken);
        });
        return command;
    }
}
