using TidbDms.Provider.Values;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// The cluster password through real programs, wrapped in <c>pulumi.secret</c> or passed as a plain
/// string (the TypeScript SDK does not mark a nested secret itself): the component's own
/// registration as the engine recorded it, every child, every output, every log, what the program
/// printed and the rendered preview (text and JSON) hold it only as a secret, never in plain text.
/// </summary>
[Category(TestCategories.Node)]
internal sealed class NodeProgramSecretTests
{
    private static IEnumerable<TestCaseData> Runs() => Topologies.Runs();

    [TestCaseSource(nameof(Runs))]
    public async Task ThePasswordAppearsInPlainTextNowhere(ProgramRunKey key)
    {
        var run = await ProgramRuns.Get(key);
        var password = ProgramRuns.Password;
        var recorded = run.Records.Registrations.Where(r => !r.Resource.Remote).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(run.Exit.ExitCode, Is.Zero, run.Describe());
            Assert.That(recorded.SelectMany(r => SecretScan.PlainOccurrences(r.Resource.Inputs, password, $"{r.Resource.Name} inputs")), Is.Empty);
            Assert.That(recorded.SelectMany(r => SecretScan.PlainOccurrences(r.Outputs, password, $"{r.Resource.Name} outputs")), Is.Empty);
            Assert.That(run.Records.Outputs.SelectMany(o => SecretScan.PlainOccurrences(o.Outputs, password, $"outputs of {o.Urn}")), Is.Empty);
            Assert.That(run.Records.Logs.Where(l => l.Message.Contains(password, StringComparison.Ordinal)).Select(l => $"{l.Severity}: {l.Message}"), Is.Empty);
            Assert.That(run.Exit.Console.Where(l => l.Contains(password, StringComparison.Ordinal)), Is.Empty);
            Assert.That(run.Text, Does.Not.Contain(password));
            Assert.That(run.Json, Does.Not.Contain(password));
        });
    }

    [TestCaseSource(nameof(Runs))]
    public async Task ThePasswordReachesTheComponentAndTheTiDBEndpointAsASecret(ProgramRunKey key)
    {
        var run = await ProgramRuns.Get(key);
        var endpoint = run.Children.Single(c => c.Name == "migration-tidb-endpoint");
        var (componentPassword, componentSecret) = SecretScan.Reveal(run.Component.Inputs, "cluster", "password");
        var (endpointPassword, endpointSecret) = SecretScan.Reveal(endpoint.Inputs, "password");

        Assert.Multiple(() =>
        {
            Assert.That((componentPassword, componentSecret), Is.EqualTo(((PropertyValue?)PropertyValue.String(ProgramRuns.Password), true)), "the component's own registration");
            Assert.That((endpointPassword, endpointSecret), Is.EqualTo(((PropertyValue?)PropertyValue.String(ProgramRuns.Password), true)), "the DMS endpoint's password");
            Assert.That(endpoint.AdditionalSecretOutputs, Does.Contain("password"));
            Assert.That(run.Json, Does.Contain("\"password\": \"[secret]\""));
        });
    }

    [TestCaseSource(nameof(Runs))]
    public async Task TheProgramSentThePasswordAsItWasToldTo(ProgramRunKey key)
    {
        var run = await ProgramRuns.Get(key);
        var request = run.Records.Registrations.Single(r => r.Resource.Remote).Resource;

        // The SDK applies cluster's defaults inside an output: a wrapped password makes the whole cluster secret.
        var (sent, secret) = SecretScan.Reveal(request.Inputs, "cluster", "password");

        Assert.That((sent, secret), Is.EqualTo(((PropertyValue?)PropertyValue.String(ProgramRuns.Password), key.WrapPassword)));
    }
}
