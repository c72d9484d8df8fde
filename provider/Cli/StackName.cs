using System.Text.RegularExpressions;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A <c>--stack</c> value read by Pulumi's rules: <c>stack</c>, <c>organization/stack</c> or
/// <c>organization/project/stack</c> (as the Pulumi Cloud backend parses a stack reference), each
/// part 1 to 100 of <c>A-Z a-z 0-9 - _ .</c> (the rule the Pulumi Cloud and the local backend
/// both enforce). Only <see cref="Name"/> is the stack: it goes into URNs, DMS identifiers and the
/// name of the stack's config file <c>Pulumi.&lt;name&gt;.yaml</c>.
/// </summary>
internal sealed partial record StackName(string Name, string? Organization, string? Project)
{
    /// <summary>The longest part Pulumi accepts.</summary>
    public const int MaxLength = 100;

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex Part();

    /// <summary>
    /// The stack reference, or null with <paramref name="problem"/> saying what is wrong (the value
    /// quoted, since a stack name is never a secret) and how to write it.
    /// </summary>
    /// <param name="project">The program's project: a reference naming another project is refused, as Pulumi refuses it.</param>
    public static StackName? Parse(string text, string? project, out string? problem)
    {
        problem = null;
        if (text.Length == 0)
        {
            problem = "--stack '': a stack name cannot be empty (for example --stack dev)";
            return null;
        }

        var parts = text.Split('/');
        if (parts.Length > 3)
        {
            problem = $"--stack '{text}': a stack is 'stack', 'organization/stack' or 'organization/project/stack'";
            return null;
        }

        var roles = parts.Length switch
        {
            1 => new[] { "stack name" },
            2 => ["organization", "stack name"],
            _ => ["organization", "project", "stack name"],
        };
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part.Length == 0)
            {
                problem = $"--stack '{text}': the {roles[i]} is empty (a stack is 'stack', 'organization/stack' or 'organization/project/stack')";
                return null;
            }

            if (part.Length > MaxLength)
            {
                problem = $"--stack '{text}': the {roles[i]} is {part.Length} characters long; Pulumi allows at most {MaxLength}";
                return null;
            }

            if (!Part().IsMatch(part))
            {
                problem = $"--stack '{text}': the {roles[i]} '{part}' may only contain alphanumerics, hyphens, underscores and periods (Pulumi's rule)";
                return null;
            }
        }

        var name = parts[^1];
        var organization = parts.Length >= 2 ? parts[0] : null;
        var named = parts.Length == 3 ? parts[1] : null;
        if (named is not null && project is not null && !string.Equals(named, project, StringComparison.Ordinal))
        {
            problem = $"--stack '{text}': the stack belongs to project '{named}', but the program is project '{project}' (give --stack {organization}/{project}/{name}, or just --stack {name})";
            return null;
        }

        return new StackName(name, organization, named);
    }

    /// <summary>The file holding this stack's config, beside the project's <c>Pulumi.yaml</c>.</summary>
    public string ConfigFileName => ConfigFileNameOf(Name);

    public static string ConfigFileNameOf(string name) => $"Pulumi.{name}.yaml";
}
