using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>Parses program text as the loader does, failing the test on any load error.</summary>
internal static class ProgramText
{
    public const string File = "Pulumi.yaml";

    public static PulumiProgram Parse(string yaml)
    {
        var (program, errors) = PulumiProgramLoader.Parse(new StringReader(yaml.ReplaceLineEndings("\n")), File);
        Assert.That(errors.Select(e => e.ToString()), Is.Empty);
        return program!;
    }
}
