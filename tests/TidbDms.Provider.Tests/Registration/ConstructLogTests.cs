using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// What Construct tells the user through the engine's log besides warnings: an output it had to
/// leave out. And a message the engine cannot take never fails the deployment.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ConstructLogTests
{

    /// <summary>Warns (no TLS to a Dedicated public endpoint), in an account where the DMS roles are created.</summary>
    private static Support.Inputs WarningInputs() =>
        Support.Inputs.ValidDedicated().With("cluster.sslMode", "none").With("dmsIamRoles", "Create");

    public static IEnumerable<TestCaseData> LogFaults()
    {
        yield return new TestCaseData(new MockFault.Error("Internal", "log failed")).SetArgDisplayNames("the engine answers the log with an error");
        yield return new TestCaseData(new MockFault.Stall()).SetArgDisplayNames("the engine never answers the log");
    }

    [TestCaseSource(nameof(LogFaults))]
    public async Task AWarningTheEngineCannotTakeDoesNotFailTheConstruct(MockFault fault)
    {
        var options = new MockEngineOptions { IsPreview = false, Faults = call => call.Operation == "Log" ? fault : null };
        await using var test = await ComponentTest.StartAsync(new DefaultAwsMocks(), options, TestTimeouts.For(fault));

        var result = await test.ConstructAsync("mig", WarningInputs().Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Urn, Is.EqualTo("urn:pulumi:stack::project::tidb-dms:index:TidbDmsMigration::mig"));
            Assert.That(test.Engine.RegisteredOutputs.Select(o => o.Urn), Is.EqualTo([result.Urn]), "the outputs were registered after the failed log");
            Assert.That(test.Engine.Logs, Is.Empty);
        });
    }

    [Test]
    public async Task AnOutputStillUnknownAfterAnUpdateIsLeftOutAndLoggedAtDebugOnTheComponent()
    {
        var mocks = new ReplacedOutputMocks(AwsTypes.Certificate, AwsOutputs.CertificateArn, PropertyValue.Computed);
        await using var test = await ComponentTest.StartAsync(mocks, new MockEngineOptions { IsPreview = false });

        var result = await test.ConstructAsync("mig", Support.Inputs.Valid().With("dmsIamRoles", "Create").Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Outputs.ContainsKey(ContractOutputs.CertificateArn), Is.False);
            Assert.That(result.Outputs.ContainsKey(ContractOutputs.TidbEndpointArn), Is.True);
            Assert.That(
                test.Engine.Logs.Where(l => l.Severity == LogSeverity.Debug).Select(l => (l.Message, l.Urn)),
                Is.EqualTo([("output 'certificateArn' is still unknown after the update; it is left out rather than returned unknown", result.Urn)]));
        });
    }
}
