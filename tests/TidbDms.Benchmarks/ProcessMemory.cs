using System.Globalization;

namespace TidbDms.Benchmarks;

/// <summary>
/// What Linux says about another process's memory and CPU, from <c>/proc/&lt;pid&gt;</c>, in MiB and
/// milliseconds: the peak resident set (VmHWM), the resident set now split into anonymous pages
/// (heaps, stacks, buffers) and file pages (the executable's code and data mapped from disk), and
/// the CPU time used so far.
/// </summary>
internal sealed record ProcessMemory(double PeakMiB, double ResidentMiB, double AnonymousMiB, double FileMiB)
{
    public static ProcessMemory Of(int pid)
    {
        var fields = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line.EndsWith(" kB", StringComparison.Ordinal))
            {
                fields[line[..colon]] = double.Parse(line[(colon + 1)..^3].Trim(), CultureInfo.InvariantCulture) / 1024;
            }
        }

        double Field(string name) => fields.TryGetValue(name, out var value) ? value : double.NaN;
        return new ProcessMemory(Field("VmHWM"), Field("VmRSS"), Field("RssAnon"), Field("RssFile") + Field("RssShmem"));
    }

    /// <summary>User + system CPU time the process has used, in ms (fields 14 and 15 of <c>/proc/&lt;pid&gt;/stat</c>).</summary>
    public static double CpuMs(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks * 1000.0 / ClockTicksPerSecond;
    }

    /// <summary>The kernel's USER_HZ: 100 on every Linux the project runs on.</summary>
    private const double ClockTicksPerSecond = 100;

    /// <summary>
    /// Where the resident pages of <paramref name="pid"/> are now (<c>/proc/&lt;pid&gt;/smaps</c>), in MiB:
    /// the executable's file pages (code, read-only data), its writable data (the runtime's type data,
    /// which a NativeAOT executable builds at start in a section right after its file mappings), the
    /// shared libraries, and everything else anonymous (the GC heap, thread stacks, native heaps and buffers).
    /// </summary>
    public static string Where(int pid)
    {
        var executable = File.ResolveLinkTarget($"/proc/{pid}/exe", returnFinalTarget: true)?.FullName ?? "";
        double code = 0, data = 0, libraries = 0, other = 0;
        var executableEnd = -1L;
        var (start, end, path, writable) = (0L, 0L, "", false);
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Contains('-', StringComparison.Ordinal) && !fields[0].EndsWith(':'))
            {
                var range = fields[0].Split('-');
                (start, end) = (long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture), long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                path = fields.Length >= 6 ? fields[5] : "";
                writable = fields[1][1] == 'w';
                continue;
            }

            if (fields.Length < 2 || fields[0] != "Rss:")
            {
                continue;
            }

            var mib = double.Parse(fields[1], CultureInfo.InvariantCulture) / 1024;
            if (path == executable)
            {
                (writable ? ref data : ref code) += mib;
                executableEnd = end;
            }
            else if (path.Length == 0 && start == executableEnd)
            {
                data += mib;
            }
            else if (path.StartsWith('/'))
            {
                libraries += mib;
            }
            else
            {
                other += mib;
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"executable: code and read-only data {code:F1}, type data and statics {data:F1}; libraries {libraries:F1}; GC heap, stacks, buffers {other:F1}");
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PeakMiB:F1} (now {ResidentMiB:F1}: {AnonymousMiB:F1} anonymous + {FileMiB:F1} file)");
}
