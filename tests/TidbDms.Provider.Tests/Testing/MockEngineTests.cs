using System.Collections.Immutable;
using Grpc.Core;
using Moq;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Tests.Registration;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Testing;

/// <summary>The mock engine over real gRPC, driven by a Construct, with Moq standing in for the mocks.</summary>
internal sealed class MockEngineTests
{
    [Test]
    public async Task TheMocksSeeEachRegistrationAndFunctionCallAsTheEngineDecodedThem()
    {
        var scenario = Scenario.All().First();
        var aws = scenario.Mocks();
        var mocks = new Mock<IMocks>(MockBehavior.Strict);
        mocks.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).Returns((MockResourceArgs a) => aws.NewResourceAsync(a));
        mocks.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>())).Returns((MockCallArgs a) => aws.CallAsync(a));
        await using var test = await ComponentTest.StartAsync(mocks.Object, Scenario.Options(preview: true));

        await test.ConstructAsync("mig", scenario.Inputs.Build());

        const string component = "urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::mig";
        mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a =>
            a.Type == AwsTypes.Vpc && a.Name == "mig-vpc" && a.Parent == component && a.Custom && a.IsPreview && a.Id == "" && a.Provider == ""
            && a.Urn == "urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc"
            && a.Inputs["cidrBlock"].Equals(PropertyValue.String("10.0.0.0/16")))), Times.Once);
        mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a =>
            a.Type == AwsTypes.Subnet && a.Inputs["vpcId"].IsComputed)), Times.Exactly(3));
        mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a =>
            a.Type == AwsTypes.Endpoint && a.Inputs["password"].Equals(PropertyValue.String(TestValues.Password).WithSecret()))), Times.Once);
        mocks.Verify(m => m.CallAsync(It.Is<MockCallArgs>(a => a.Token == AwsFunctions.GetRegion && a.Provider == "" && a.Args.IsEmpty)), Times.Once);
        mocks.Verify(m => m.CallAsync(It.Is<MockCallArgs>(a =>
            a.Token == AwsFunctions.GetAvailabilityZones && a.Args["state"].Equals(PropertyValue.String("available")))), Times.Once);
    }

    [Test]
    public async Task AMockThatThrowsFailsTheInvokeAsTheEngineReportsAProviderError()
    {
        var mocks = new Mock<IMocks>(MockBehavior.Strict);
        mocks.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>())).ThrowsAsync(new InvalidOperationException("no credentials"));
        await using var engine = await MockEngine.StartAsync(mocks.Object);
        using var clients = new Provider.Rpc.EngineClients();

        var ex = Assert.ThrowsAsync<MonitorCallException>(() => clients.Monitor(engine.Address)
            .InvokeAsync(AwsFunctions.GetRegion, ImmutableSortedDictionary<string, PropertyValue>.Empty, "", "7.48.0", CancellationToken.None));

        Assert.That((ex!.Status, ex.Detail, ex.EngineStopping), Is.EqualTo((StatusCode.Unknown.ToString(), "invocation of aws:index/getRegion:getRegion returned an error: no credentials", false)));
    }
}
