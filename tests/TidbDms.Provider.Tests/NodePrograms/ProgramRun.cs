using TidbDms.Provider.Cli;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// One run of a compiled program against the offline engine with the real plugin attached: what the
/// engine recorded, how node exited, and the preview made of it (as data, and rendered as text and
/// JSON exactly as <c>preview</c> prints them).
/// </summary>
internal sealed record ProgramRun(ProgramRunKey Key, EngineRecords Records, NodeProgramExit Exit, PreviewResult Preview, string Text, string Json)
{
    /// <summary>The component the program declared (its provider's own registration).</summary>
    public RegisteredResource Component =>
        Records.Resources.Single(r => r.Type == Tokens.TidbDmsMigration);

    /// <summary>Every resource registered under the component, in the order the engine answered them.</summary>
    public IEnumerable<RegisteredResource> Children => Records.Resources.Where(r => r.Parent == Component.Urn);

    /// <summary>What node printed, and the preview's errors, for assertion messages.</summary>
    public string Describe() =>
        $"{Key}: node exited {Exit.ExitCode}{(Exit.TimedOut ? " (timed out)" : "")}\n--- console ---\n{string.Join('\n', Exit.Console)}\n--- errors ---\n"
        + string.Join('\n', Preview.Errors.Select(e => e.ToString()));
}

/// <summary>Which program, in a preview or an update, with the password wrapped in <c>pulumi.secret</c> or passed plain.</summary>
internal sealed record ProgramRunKey(string Program, bool DryRun, bool WrapPassword = true)
{
    public override string ToString() => $"{Program} ({(DryRun ? "preview" : "update")}, password {(WrapPassword ? "wrapped" : "plain")})";
}
