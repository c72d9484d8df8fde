using System.Text;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The report for people: one line per check (id, status, what was found), the fix indented below
/// it, and a closing summary with the exit code. No colours or widths that depend on a terminal, so
/// CI logs read the same.
/// </summary>
internal static class PreflightTableRenderer
{
    public static string Render(PreflightReport report)
    {
        var target = report.Target;
        var text = new StringBuilder();
        text.Append("Preflight of ").Append(target.Endpoint)
            .Append(" as a DMS ").Append(ContractEnums.EndpointType.ToWire(target.EndpointType))
            .Append(" (").Append(ContractEnums.Tier.ToWire(target.Tier))
            .Append(", ssl mode ").Append(ContractEnums.SslMode.ToWire(target.SslMode))
            .Append(", user ").Append(target.User).Append(")\n\n");

        if (!report.Problems.IsEmpty)
        {
            text.Append("Could not run:\n");
            foreach (var problem in report.Problems)
            {
                text.Append("  - ").Append(problem).Append('\n');
            }

            return text.Append("\nResult: could not run (exit ").Append(report.ExitCode).Append(")\n").ToString();
        }

        var idWidth = Math.Max("CHECK".Length, report.Findings.Select(f => f.Check.Length).DefaultIfEmpty(0).Max());
        const int statusWidth = 6;
        var indent = new string(' ', 2 + idWidth + 2 + statusWidth + 2);
        text.Append("  ").Append("CHECK".PadRight(idWidth)).Append("  ").Append("STATUS".PadRight(statusWidth)).Append("  DETAIL\n");
        foreach (var finding in report.Findings)
        {
            text.Append("  ").Append(finding.Check.PadRight(idWidth))
                .Append("  ").Append(finding.Status.ToLabel().PadRight(statusWidth))
                .Append("  ").Append(finding.Message).Append('\n');
            if (finding.Fix is not null)
            {
                text.Append(indent).Append("fix: ").Append(finding.Fix).Append('\n');
            }
        }

        text.Append("\nResult: ").Append(Summary(report)).Append(" (exit ").Append(report.ExitCode).Append(")\n");
        return text.ToString();
    }

    private static string Summary(PreflightReport report)
    {
        var parts = new List<string>();
        Add(parts, report.Count(PreflightStatus.Fail), "failure", "failures");
        Add(parts, report.Count(PreflightStatus.Warn), "warning", "warnings");
        Add(parts, report.Count(PreflightStatus.Skip), "skipped", "skipped");
        Add(parts, report.Count(PreflightStatus.Pass), "passed", "passed");
        return string.Join(", ", parts);
    }

    private static void Add(List<string> parts, int count, string one, string many)
    {
        if (count > 0)
        {
            parts.Add($"{count} {(count == 1 ? one : many)}");
        }
    }
}
