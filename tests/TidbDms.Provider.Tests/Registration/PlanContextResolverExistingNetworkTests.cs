using System.Collections.Immutable;
using Moq;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;
using static TidbDms.Provider.Tests.Registration.PlanContextResolverTests;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// The facts about the user's VPC and subnets: what each lookup answered, exactly; IDs not known
/// in a preview are not looked up; an ID AWS does not know is a fact, not an error.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class PlanContextResolverExistingNetworkTests
{
    private const string VpcId = "vpc-0a1b2c3d4e5f60718";
    private const string SubnetA = "subnet-0aaaaaaaaaaaaaaa1";
    private const string SubnetB = "subnet-0bbbbbbbbbbbbbbb2";

    [Test]
    public async Task TheVpcAndEverySubnetAreLookedUpAndDescribedAsAWSAnswered()
    {
        var monitor = NetworkMonitor();

        var facts = await ResolveAsync(monitor, Input<string>.Known(VpcId), Input<ImmutableArray<string>>.Known([SubnetA, SubnetB]));

        Assert.Multiple(() =>
        {
            Assert.That(facts.Vpc, Is.EqualTo(new ExistingVpcFacts(VpcId, true, EnableDnsSupport: true, EnableDnsHostnames: true, "10.40.0.0/16")));
            Assert.That(facts.Subnets, Is.EqualTo([
                new ExistingSubnetFacts(0, SubnetA, true, VpcId, "eu-central-1a"),
                new ExistingSubnetFacts(1, SubnetB, true, VpcId, "eu-central-1b"),
            ]));
            Assert.That(facts.AllSubnetsKnown, Is.True);
            Assert.That(NetworkLookups(monitor), Is.EqualTo([$"{AwsFunctions.GetSubnet} {SubnetA}", $"{AwsFunctions.GetSubnet} {SubnetB}", $"{AwsFunctions.GetVpc} {VpcId}"]));
        });
    }

    [Test]
    public async Task AVpcIdNotKnownInAPreviewIsNotLookedUp()
    {
        var monitor = NetworkMonitor();

        var facts = await ResolveAsync(monitor, Input<string>.Unknown(), Input<ImmutableArray<string>>.Known([SubnetA]));

        Assert.Multiple(() =>
        {
            Assert.That(facts.Vpc, Is.Null);
            Assert.That(facts.Subnets, Is.EqualTo([new ExistingSubnetFacts(0, SubnetA, true, VpcId, "eu-central-1a")]));
            Assert.That(facts.AllSubnetsKnown, Is.True);
            Assert.That(NetworkLookups(monitor), Is.EqualTo([$"{AwsFunctions.GetSubnet} {SubnetA}"]));
        });
    }

    [Test]
    public async Task SubnetIdsNotKnownInAPreviewAreNotLookedUpAndLeaveTheSetUnjudged()
    {
        var monitor = NetworkMonitor();

        var facts = await ResolveAsync(monitor, Input<string>.Known(VpcId), Input<ImmutableArray<string>>.Unknown());

        Assert.Multiple(() =>
        {
            Assert.That(facts.Vpc, Is.EqualTo(new ExistingVpcFacts(VpcId, true, EnableDnsSupport: true, EnableDnsHostnames: true, "10.40.0.0/16")));
            Assert.That(facts.Subnets, Is.Empty);
            Assert.That(facts.AllSubnetsKnown, Is.False);
            Assert.That(NetworkLookups(monitor), Is.EqualTo([$"{AwsFunctions.GetVpc} {VpcId}"]));
        });
    }

    [Test]
    public async Task ASubnetWhoseAnswerIsNotKnownLeavesTheSetUnjudged()
    {
        var monitor = NetworkMonitor(unknownSubnet: SubnetB);

        var facts = await ResolveAsync(monitor, Input<string>.Known(VpcId), Input<ImmutableArray<string>>.Known([SubnetA, SubnetB]));

        Assert.Multiple(() =>
        {
            Assert.That(facts.Subnets, Is.EqualTo([new ExistingSubnetFacts(0, SubnetA, true, VpcId, "eu-central-1a")]));
            Assert.That(facts.AllSubnetsKnown, Is.False);
        });
    }

    [Test]
    public async Task AVpcAndASubnetAWSDoesNotKnowAreFactsNotErrors()
    {
        var monitor = NetworkMonitor();

        var facts = await ResolveAsync(monitor, Input<string>.Known("vpc-0ffffffffffffffff"), Input<ImmutableArray<string>>.Known([SubnetA, "subnet-0eeeeeeeeeeeeeee5"]));

        Assert.Multiple(() =>
        {
            Assert.That(facts.Vpc, Is.EqualTo(new ExistingVpcFacts("vpc-0ffffffffffffffff", Exists: false)));
            Assert.That(facts.Subnets, Is.EqualTo([
                new ExistingSubnetFacts(0, SubnetA, true, VpcId, "eu-central-1a"),
                new ExistingSubnetFacts(1, "subnet-0eeeeeeeeeeeeeee5", Exists: false),
            ]));
            Assert.That(facts.AllSubnetsKnown, Is.True);
        });
    }

    private static async Task<ExistingNetworkFacts> ResolveAsync(Mock<IResourceMonitor> monitor, Input<string> vpcId, Input<ImmutableArray<string>> subnetIds)
    {
        var args = Args(ReplicationMode.Instance);
        args = args with { Network = args.Network with { ExistingVpc = new ExistingVpcArgs(vpcId, subnetIds, null) } };

        var context = await new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1)).ResolveAsync(Request(dryRun: true), args, CancellationToken.None);

        return context.ExistingNetwork!;
    }

    /// <summary>The account holds <see cref="VpcId"/> (DNS on) with one subnet in each of two zones; other IDs fail as pulumi-aws fails for them.</summary>
    private static Mock<IResourceMonitor> NetworkMonitor(string? unknownSubnet = null) =>
        AwsMonitor(roles: [], answer: (token, args) => (token, args.TryGetValue("id", out var id) ? id.AsString : "") switch
        {
            (AwsFunctions.GetVpc, VpcId) => Answer(
                ("cidrBlock", PropertyValue.String("10.40.0.0/16")),
                ("enableDnsHostnames", PropertyValue.Bool(true)),
                ("enableDnsSupport", PropertyValue.Bool(true)),
                ("id", PropertyValue.String(VpcId))),
            (AwsFunctions.GetVpc, var other) => throw NotFound(token, other, "no matching EC2 VPC found"),
            (AwsFunctions.GetSubnet, var subnet) when subnet == unknownSubnet => Task.FromResult(new InvokeResult(ImmutableSortedDictionary<string, PropertyValue>.Empty, [], IsUnknown: true)),
            (AwsFunctions.GetSubnet, SubnetA or SubnetB) => Answer(
                ("availabilityZone", PropertyValue.String(args["id"].AsString == SubnetA ? "eu-central-1a" : "eu-central-1b")),
                ("id", args["id"]),
                ("vpcId", PropertyValue.String(VpcId))),
            (AwsFunctions.GetSubnet, var other) => throw NotFound(token, other, "no matching EC2 Subnet found"),
            _ => null,
        });

    private static MonitorCallException NotFound(string token, string id, string error) =>
        new("Unknown", $"invocation of {token} returned an error: reading {id}: {error}", engineStopping: false);

    /// <summary>"token id" for each getVpc and getSubnet call, sorted: the lookups run at once, in no set order.</summary>
    private static IEnumerable<string> NetworkLookups(Mock<IResourceMonitor> monitor) =>
        monitor.Invocations
            .Select(i => ((string)i.Arguments[0], (ImmutableSortedDictionary<string, PropertyValue>)i.Arguments[1]))
            .Where(i => i.Item1 is AwsFunctions.GetVpc or AwsFunctions.GetSubnet)
            .Select(i => $"{i.Item1} {i.Item2["id"].AsString}")
            .Order(StringComparer.Ordinal);
}
