using System.Globalization;
using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>replication.* upkeep rules: minor version upgrades, the maintenance window, applying changes.</summary>
internal sealed partial class InputValidator
{
    private const string MaintenanceWindowExample = "sun:23:00-mon:01:30";

    /// <summary>DMS's shortest maintenance window.</summary>
    private const int MinMaintenanceWindowMinutes = 30;

    private const int MinutesPerWeek = 7 * 24 * 60;

    /// <summary>The days as AWS spells them, Monday first (the order only matters for the arithmetic).</summary>
    private static readonly string[] WeekDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    [GeneratedRegex(@"^(?<d1>[A-Za-z]{3}):(?<h1>\d{2}):(?<m1>\d{2})-(?<d2>[A-Za-z]{3}):(?<h2>\d{2}):(?<m2>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MaintenanceWindow();

    /// <summary>A window followed by a time zone: AWS reads every window in UTC, so a zone would be silently wrong.</summary>
    [GeneratedRegex(@"^[A-Za-z]{3}:\d{2}:\d{2}-[A-Za-z]{3}:\d{2}:\d{2}\s*(Z|UTC|GMT|[A-Za-z]{2,5}|[+-]\d{1,2}(:?\d{2})?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MaintenanceWindowWithZone();

    private void UpkeepRules()
    {
        UpkeepSettingsNeedInstanceMode();
        AutoMinorVersionUpgradeKeepsThePin();
        MaintenanceWindowIsWellFormed();
    }

    private void UpkeepSettingsNeedInstanceMode()
    {
        if (!Usable("replication.mode") || _args.Replication.Mode != ReplicationMode.Serverless)
        {
            return;
        }

        // A given value that does nothing is refused. applyImmediately has a schema default, which
        // the SDKs send when the program leaves it out, so only a non-default value counts as given.
        foreach (var path in new[] { "replication.autoMinorVersionUpgrade", "replication.preferredMaintenanceWindow" })
        {
            ModeMismatch(path, Usable(path) && _read.IsGiven(path), ReplicationMode.Instance);
        }

        ModeMismatch(
            "replication.applyImmediately",
            _args.Replication.ApplyImmediately is { IsKnown: true, Value: true },
            ReplicationMode.Instance);
    }

    private void AutoMinorVersionUpgradeKeepsThePin()
    {
        const string Path = "replication.autoMinorVersionUpgrade";
        var replication = _args.Replication;
        if (Usable("replication.mode", Path, "replication.engineVersion") && replication.Mode == ReplicationMode.Instance
            && replication.EngineVersion is { } version && replication.AutoMinorVersionUpgrade is { IsKnown: true, Value: true })
        {
            _warnings.Add(new InputWarning(
                Path,
                $"is true while replication.engineVersion pins the instance to '{version}': AWS upgrades its minor version in the "
                + "maintenance window, and the next update then tries to downgrade it back to the pinned version. Remove "
                + $"{Path} (it is false with a pinned version), or remove replication.engineVersion to follow AWS's upgrades"));
        }
    }

    private void MaintenanceWindowIsWellFormed()
    {
        const string Path = "replication.preferredMaintenanceWindow";
        if (_args.Replication.PreferredMaintenanceWindow is not { IsKnown: true } input)
        {
            return;
        }

        var window = input.Value!;
        var fix = $"Write the window in UTC as 'ddd:hh24:mi-ddd:hh24:mi', e.g. '{MaintenanceWindowExample}'";
        var match = MaintenanceWindow().Match(window);
        if (!match.Success)
        {
            if (MaintenanceWindowWithZone().IsMatch(window.Trim()))
            {
                Error(Path, "names a time zone, but AWS reads the window in UTC only", $"Convert the times to UTC and remove the zone, e.g. '{MaintenanceWindowExample}'");
            }
            else
            {
                Error(Path, "must be a weekly window 'ddd:hh24:mi-ddd:hh24:mi' (UTC)", fix);
            }

            return;
        }

        var start = MinuteOfWeek(match, "d1", "h1", "m1", out var startProblem);
        var end = MinuteOfWeek(match, "d2", "h2", "m2", out var endProblem);
        if ((startProblem ?? endProblem) is { } problem)
        {
            Error(Path, problem, fix);
            return;
        }

        // The window may wrap from Sunday into Monday: the length is counted forward around the week.
        var minutes = ((end - start) % MinutesPerWeek + MinutesPerWeek) % MinutesPerWeek;
        if (minutes < MinMaintenanceWindowMinutes)
        {
            Error(
                Path,
                $"is {minutes} minutes long; DMS needs a window of at least {MinMaintenanceWindowMinutes} minutes",
                $"Move the end at least {MinMaintenanceWindowMinutes} minutes after the start, e.g. '{MaintenanceWindowExample}'");
        }
    }

    /// <returns>The minute of the week (Monday 00:00 is 0); meaningless when <paramref name="problem"/> is set, and then not used.</returns>
    private static int MinuteOfWeek(Match match, string dayGroup, string hourGroup, string minuteGroup, out string? problem)
    {
        var dayText = match.Groups[dayGroup].Value;
        var day = Array.IndexOf(WeekDays, dayText.ToLowerInvariant());
        var hour = int.Parse(match.Groups[hourGroup].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[minuteGroup].Value, CultureInfo.InvariantCulture);
        problem = day < 0 ? $"names the day '{dayText}': days are {string.Join(", ", WeekDays)}"
            : hour > 23 ? $"has the hour {match.Groups[hourGroup].Value}: hours run from 00 to 23"
            : minute > 59 ? $"has the minute {match.Groups[minuteGroup].Value}: minutes run from 00 to 59"
            : null;
        return (((day * 24) + hour) * 60) + minute;
    }
}
