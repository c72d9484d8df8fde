using CsCheck;
using TidbDms.Provider.Tests.Cli;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Fuzzing;

/// <summary>
/// <c>preview</c> on mutations of the root program and the YAML examples (lines removed, repeated
/// or re-indented, junk YAML inserted, values replaced by odd ones, the type token changed) with
/// odd flags. Invariants: exit code 0 or 1, no stack trace, an answer within the case's time limit,
/// and neither the secret config value nor a password under a misspelt key printed anywhere.
/// </summary>
[Category(TestCategories.Fuzz)]
internal sealed class PreviewFuzzTests
{
    private const string Secret = "Fuzz-Secret-9f3c";
    private const string MisspeltSecret = "Fuzz-Pasword-77ab";

    private static readonly string[] Junk =
        ["  - [", "\t", ": :", "&a [*a]", "{", "\"unterminated", "!!int x", "${", "      clustr: {password: " + MisspeltSecret + "}", "---", "? complex", "%TAG ! x", "*undefined", "  " + new string('[', 70)];

    private static readonly string[] OddValues =
        ["🚀", "", "~", "null", "[1, 2]", "{a: b}", "-1", "1e400", ".nan", new string('x', 300), "${pulumi.stack}", "${tidbPassword}", "\"${\"", "tidb-dms:TidbDmsMigratoin", "'a b'"];

    private static readonly string[][] Flags =
        [[], ["--json"], ["--mermaid"], ["--stack", "fuzz"], ["--json", "--mermaid"], ["--bogus"], ["--config", "tidbHost=🚀"], ["--config", "nokey"], ["--json", "--config", "tidbPassword=" + Secret]];

    private static string[] Programs() =>
    [
        File.ReadAllText(RepositoryFiles.RootProgram),
        .. RepositoryFiles.Examples.Select(e => File.ReadAllText(Path.Combine(RepositoryFiles.Example(e), "Pulumi.yaml"))),
    ];

    private enum Op
    {
        Remove,
        Repeat,
        Insert,
        Replace,
        Indent,
    }

    private static readonly Gen<(int Program, (Op Op, int Line, int Pick)[] Edits, int Flags)> Cases =
        Gen.Select(
            Gen.Int[0, RepositoryFiles.Examples.Length],
            Gen.Select(Gen.Enum<Op>(), Gen.Int[0, 1000], Gen.Int[0, 1000]).Array[1, 4],
            Gen.Int[0, Flags.Length - 1]);

    private static string Mutate(string program, (Op Op, int Line, int Pick)[] edits)
    {
        var lines = program.ReplaceLineEndings("\n").Split('\n').ToList();
        // In half the cases a password under a misspelt key, which no output may show (the other half can preview).
        var cluster = lines.FindIndex(l => l.TrimStart().StartsWith("cluster:", StringComparison.Ordinal));
        if (cluster >= 0 && edits[0].Pick % 2 == 0)
        {
            lines.Insert(cluster + 1, new string(' ', lines[cluster].Length - lines[cluster].TrimStart().Length + 2) + "pasword: " + MisspeltSecret);
        }

        foreach (var (op, line, pick) in edits)
        {
            var at = line % lines.Count;
            switch (op)
            {
                case Op.Remove:
                    lines.RemoveAt(at);
                    break;
                case Op.Repeat:
                    lines.Insert(at, lines[at]);
                    break;
                case Op.Insert:
                    lines.Insert(at, Junk[pick % Junk.Length]);
                    break;
                case Op.Replace when lines[at].IndexOf(": ", StringComparison.Ordinal) is var colon and > 0:
                    lines[at] = lines[at][..(colon + 2)] + OddValues[pick % OddValues.Length];
                    break;
                case Op.Indent:
                    lines[at] = new string(' ', pick % 5) + lines[at];
                    break;
            }
        }

        return string.Join("\n", lines);
    }

    [Test]
    public async Task PreviewMutatedProgramsFailCleanlyAndLeakNothing()
    {
        var programs = Programs();
        await FuzzRun.ForEachAsync("preview", 20_251_011, 12, Cases, TimeSpan.FromSeconds(120), async c =>
        {
            using var program = new TempProgram(Mutate(programs[c.Program], c.Edits));
            var outcome = await PreviewInvocation.RunCliAsync(["preview", program.Directory, "--config", "tidbPassword=" + Secret, .. Flags[c.Flags]]);
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.AnyOf(0, 1), outcome.All);
                Assert.That(outcome.All, Does.Not.Contain("Unhandled exception").And.Not.Contain("\n   at "));
                Assert.That(outcome.All, Does.Not.Contain(Secret).And.Not.Contain(MisspeltSecret));
            });
        }, c => $"program {c.Program}, edits [{string.Join(", ", c.Edits)}], flags [{string.Join(" ", Flags[c.Flags])}]\n{Mutate(programs[c.Program], c.Edits)}");
    }
}
