namespace TidbDms.Provider.Cli;

/// <summary>
/// The base of <c>--diff-against</c>: an earlier <c>preview --json</c>, read from a file, or what
/// is wrong with it (never a crash). <see cref="Warnings"/> says when the comparison cannot mean
/// what a reader expects: another project or stack (every URN differs), or a base whose preview
/// had errors (its plan is incomplete).
/// </summary>
internal sealed record DiffBase(string DisplayName, PlanSnapshot? Snapshot, string? Problem)
{
    public static DiffBase Read(string path, string currentDirectory)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.GetFullPath(path, currentDirectory));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
            return new DiffBase(path, null, $"--diff-against {path}: {why} (give the output of an earlier 'preview --json', e.g. of the base branch)");
        }

        var snapshot = PlanSnapshot.Parse(text, $"--diff-against {path}", out var problem);
        return new DiffBase(path, snapshot, problem);
    }

    public static IEnumerable<LocatedDiagnostic> Warnings(PlanSnapshot @base, PlanSnapshot head, string? displayName)
    {
        if (displayName is null)
        {
            yield break;
        }

        if (@base.Project != head.Project || @base.Stack != head.Stack)
        {
            yield return new LocatedDiagnostic(null, null, null,
                $"--diff-against {displayName} is a plan of {@base.Project} ({@base.Stack}), this is {head.Project} ({head.Stack}): no URN matches, so every resource shows as deleted and created");
        }

        if (@base.Errors > 0)
        {
            yield return new LocatedDiagnostic(null, null, null,
                $"--diff-against {displayName}: that preview had {@base.Errors} error{(@base.Errors == 1 ? "" : "s")}, so its plan is incomplete and resources may show as created");
        }
    }
}
