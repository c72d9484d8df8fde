using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A <c>runtime: nodejs</c> program as the Node.js language host runs it: the project folder (where
/// <c>Pulumi.yaml</c> is), the program folder and entry point (from <c>main</c>: a folder runs its
/// package's entry, a file runs that file), and the runtime options the host reads
/// (<c>typescript</c>, default true; <c>tsconfig</c>; <c>nodeargs</c>).
/// </summary>
/// <param name="RootDirectory">The folder of <c>Pulumi.yaml</c> (absolute).</param>
/// <param name="ProgramDirectory">The folder the program runs in (<c>--pwd</c>; absolute).</param>
/// <param name="EntryPoint"><c>.</c> (the folder's package entry, <c>index.ts</c>/<c>index.js</c>), or a file in <see cref="ProgramDirectory"/>.</param>
/// <param name="CurrentDirectory">What paths in messages are relative to.</param>
internal sealed record NodeProject(
    string RootDirectory,
    string ProgramDirectory,
    string EntryPoint,
    bool TypeScript,
    string? TsConfig,
    ImmutableArray<string> NodeArgs,
    string CurrentDirectory)
{
    /// <summary>A path as messages show it: relative to <see cref="CurrentDirectory"/>, with '/' separators.</summary>
    public string Display(string path)
    {
        var relative = Path.GetRelativePath(CurrentDirectory, path);
        return (relative == "." ? path : relative).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// The project of a <c>runtime: nodejs</c> program at <paramref name="pulumiYaml"/>; null with
    /// every problem (a located error each) when its <c>main</c> or runtime options are wrong.
    /// </summary>
    public static NodeProject? From(PulumiProgram program, string pulumiYaml, string currentDirectory, ICollection<LocatedDiagnostic> errors)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(pulumiYaml))!;
        var count = errors.Count;
        var programDirectory = root;
        var entry = ".";
        if (program.Main is { } main)
        {
            var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(main, root));
            if (Directory.Exists(target))
            {
                programDirectory = target;
            }
            else if (File.Exists(target))
            {
                programDirectory = Path.GetDirectoryName(target)!;
                entry = Path.GetFileName(target);
            }
            else
            {
                errors.Add(Located(program, program.MainNode!, $"main '{main}' is neither a folder nor a file (it is relative to Pulumi.yaml)"));
            }
        }

        var options = program.Runtime.Options;
        var typeScript = true;
        if (options.TryGetValue("typescript", out var typeScriptNode))
        {
            switch (PulumiProgramLoader.Scalar(typeScriptNode))
            {
                case "true":
                    break;
                case "false":
                    typeScript = false;
                    break;
                default:
                    errors.Add(Located(program, typeScriptNode, "runtime option 'typescript' must be true or false"));
                    break;
            }
        }

        string? tsConfig = null;
        if (options.TryGetValue("tsconfig", out var tsConfigNode))
        {
            tsConfig = PulumiProgramLoader.Scalar(tsConfigNode);
            if (string.IsNullOrWhiteSpace(tsConfig))
            {
                errors.Add(Located(program, tsConfigNode, "runtime option 'tsconfig' must be the path of a tsconfig file, relative to the program"));
            }
        }

        var nodeArgs = ImmutableArray<string>.Empty;
        if (options.TryGetValue("nodeargs", out var nodeArgsNode))
        {
            if (PulumiProgramLoader.Scalar(nodeArgsNode) is { } text)
            {
                // As the language host splits them: on spaces.
                nodeArgs = [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
            }
            else
            {
                errors.Add(Located(program, nodeArgsNode, "runtime option 'nodeargs' must be a string of node arguments, separated by spaces"));
            }
        }

        return errors.Count > count
            ? null
            : new NodeProject(root, programDirectory, entry, typeScript, tsConfig, nodeArgs, currentDirectory);
    }

    private static LocatedDiagnostic Located(PulumiProgram program, YamlNode node, string message) =>
        new(program.Location(node), null, null, message);
}
