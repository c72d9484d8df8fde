using Grpc.Core;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Hardening;

/// <summary>
/// An engine that answers a registration with an output of the wrong kind: the Construct fails with
/// an error naming the resource, the output, what was expected and what came, never INTERNAL.
/// </summary>
internal sealed class EngineReplyTests
{
    private static IEnumerable<TestCaseData> Replies()
    {
        yield return new TestCaseData(Inputs.Valid(), AwsTypes.Eip, "publicIp", 42.0,
            "the engine's reply for 'migration-nat-eip-a' has output 'publicIp' as a number, where the component expects a string").SetName("NumberWhereAStringWasExpected");
        yield return new TestCaseData(Inputs.Valid(), AwsTypes.ReplicationInstance, "replicationInstancePrivateIps", new Dictionary<string, object?> { ["a"] = "10.0.0.1" },
            "the engine's reply for 'migration-replication-instance' has output 'replicationInstancePrivateIps' as an object, where the component expects a list of strings").SetName("ObjectWhereAListWasExpected");
        yield return new TestCaseData(Inputs.ValidDedicated().With("network.publicAccess", "PublicSubnet"), AwsTypes.ReplicationInstance, "replicationInstancePublicIps", "10.0.0.1",
            "the engine's reply for 'migration-replication-instance' has output 'replicationInstancePublicIps' as a string, where the component expects a list of strings").SetName("StringWhereAListWasExpectedInAnExpression");
    }

    [TestCaseSource(nameof(Replies))]
    public async Task ConstructEngineReplyOfTheWrongKindIsNamedAndThePluginKeepsServing(Inputs inputs, string type, string output, object? value, string expected)
    {
        await using var test = await ComponentTest.StartAsync(new ReplacedOutputMocks(type, output, value), new MockEngineOptions { IsPreview = false });

        // An update (outputs are known), with the DMS roles created so that no account check stops it first.
        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync("migration", inputs.With("dmsIamRoles", "Create").Build()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(ex.Status.Detail, Is.EqualTo(expected));
        });
        await WireRequestTests.AssertServingAsync(test);
    }
}
