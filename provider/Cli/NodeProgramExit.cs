using System.Collections.Immutable;

namespace TidbDms.Provider.Cli;

/// <summary>
/// How a Node.js program's run ended: its exit code (0, or 32 once the SDK has reported the error
/// to the engine, or another code), whether it was stopped for taking too long, and what it
/// printed (stdout and stderr, line by line, in the order they arrived).
/// </summary>
internal sealed record NodeProgramExit(int ExitCode, bool TimedOut, ImmutableArray<string> Console)
{
    /// <summary>The exit code <c>@pulumi/pulumi</c>'s runner ends with once it has shown the error to the user.</summary>
    public const int ErrorReported = 32;
}
