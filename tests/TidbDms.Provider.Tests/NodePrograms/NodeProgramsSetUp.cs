namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>Compiles the programs and starts every shared run at once, before the first test of this folder needs one.</summary>
[SetUpFixture]
internal sealed class NodeProgramsSetUp
{
    [OneTimeSetUp]
    public void StartRuns()
    {
        CompiledPrograms.Project(ProgramRuns.All[0].Program);
        foreach (var key in ProgramRuns.All)
        {
            _ = ProgramRuns.Get(key);
        }
    }
}
