using System.Globalization;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// A process as Linux knows it: its id and its start time (field 22 of <c>/proc/PID/stat</c>, in clock
/// ticks since boot). The pair names one process for good; the id alone may be reused by another
/// process once the first is gone, and a sweep must never kill a stranger that inherited an id.
/// </summary>
internal readonly record struct ProcessIdentity(int Pid, long StartTime)
{
    /// <summary>This test process.</summary>
    public static ProcessIdentity Current => Of(Environment.ProcessId)
        ?? throw new InvalidOperationException("/proc/self/stat cannot be read: the MariaDB fixture needs Linux's /proc");

    /// <summary>The running process with this id, or null when there is none (a zombie counts as none).</summary>
    public static ProcessIdentity? Of(int pid)
    {
        var fields = StatFields(pid);
        return fields is null || fields[0] is "Z" or "X"
            ? null
            : new ProcessIdentity(pid, long.Parse(fields[19], CultureInfo.InvariantCulture));
    }

    /// <summary>"PID STARTTIME", as the owner file and the watchdog read it.</summary>
    public static ProcessIdentity? Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? new ProcessIdentity(pid, start)
            : null;
    }

    /// <summary>Whether this very process still runs (not a zombie, not a newer process with the same id).</summary>
    public bool IsAlive => Of(Pid) == this;

    /// <summary>The process's command line, arguments joined by spaces ("" when it is gone).</summary>
    public static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').TrimEnd();
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pid} {StartTime}");

    /// <summary>The fields of /proc/PID/stat after "PID (COMM) ", so the state is [0] and the start time [19].</summary>
    private static string[]? StatFields(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        // the command name is in parentheses and may itself hold spaces or parentheses
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 20 ? fields : null;
    }
}
