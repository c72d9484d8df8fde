using System.Collections.Immutable;
using Moq;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;

namespace TidbDms.Provider.Tests.Registration;

internal sealed class PlanContextResolverTests
{
    private const string AwsProvider = "urn:pulumi:dev::proj::pulumi:providers:aws::east::0d5a7c6e";

    [Test]
    public async Task ResolvesEveryFactThroughTheComponentsAwsProvider()
    {
        var monitor = AwsMonitor(roles: new() { ["dms-vpc-role"] = [], ["dms-cloudwatch-logs-role"] = [] });
        var request = Request(dryRun: true, ComponentOptions.Default(StackUrn) with
        {
            Providers = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("aws", AwsProvider)]),
        });

        var context = await new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1)).ResolveAsync(request, Args(ReplicationMode.Instance), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(context.Region, Is.EqualTo("eu-central-1"));
            Assert.That(context.Partition, Is.EqualTo("aws"));
            Assert.That(context.AvailabilityZones, Is.EqualTo(["eu-central-1a", "eu-central-1b", "eu-central-1c"]));
            Assert.That(context.AccountId, Is.EqualTo("210987654321"));
            Assert.That(context.Project, Is.EqualTo("proj"));
            Assert.That(context.Stack, Is.EqualTo("dev"));
            Assert.That(context.DmsRoles, Is.EqualTo(new Dictionary<string, DmsRoleState>
            {
                ["dms-cloudwatch-logs-role"] = DmsRoleState.Exists,
                ["dms-vpc-role"] = DmsRoleState.Exists,
            }));
            Assert.That(Invoked(monitor), Is.EquivalentTo(new[]
            {
                ("aws:iam/getRole:getRole", "{name: dms-cloudwatch-logs-role}", AwsProvider, "7.48.0"),
                ("aws:iam/getRole:getRole", "{name: dms-vpc-role}", AwsProvider, "7.48.0"),
                ("aws:index/getAvailabilityZones:getAvailabilityZones", "{state: available}", AwsProvider, "7.48.0"),
                ("aws:index/getCallerIdentity:getCallerIdentity", "{}", AwsProvider, "7.48.0"),
                ("aws:index/getPartition:getPartition", "{}", AwsProvider, "7.48.0"),
                ("aws:index/getRegion:getRegion", "{}", AwsProvider, "7.48.0"),
            }));
        });
    }

    [Test]
    public async Task TellsMissingRolesFromRolesThisComponentMadeAndRolesMadeElsewhere()
    {
        var monitor = AwsMonitor(roles: new()
        {
            ["dms-vpc-role"] = new() { ["tidb-dms:owner"] = "proj/dev/mig" },
            ["AWSServiceRoleForDMSServerless"] = new() { ["tidb-dms:owner"] = "proj/prod/mig" },
        });

        var context = await new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: false), Args(ReplicationMode.Serverless), CancellationToken.None);

        Assert.That(context.DmsRoles, Is.EqualTo(new Dictionary<string, DmsRoleState>
        {
            ["AWSServiceRoleForDMSServerless"] = DmsRoleState.Exists,
            ["dms-cloudwatch-logs-role"] = DmsRoleState.Missing,
            ["dms-vpc-role"] = DmsRoleState.OwnedByThisComponent,
        }));
    }

    [Test]
    public void ARoleLookupRefusedForAnotherReasonIsAnErrorNotAMissingRole()
    {
        var monitor = AwsMonitor(roles: [], roleError: "invocation of aws:iam/getRole:getRole returned an error: AccessDenied: not authorized to perform iam:GetRole");

        var ex = Assert.ThrowsAsync<EnvironmentException>(() => new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: false), Args(ReplicationMode.Instance), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo(
            "aws:iam/getRole:getRole failed through the AWS provider: invocation of aws:iam/getRole:getRole returned an error: "
            + "AccessDenied: not authorized to perform iam:GetRole. Check the AWS provider's credentials, permissions and region."));
    }

    [Test]
    public void ARegionWithoutZonesIsAnEnvironmentError()
    {
        var monitor = AwsMonitor(roles: [], zones: []);

        var ex = Assert.ThrowsAsync<EnvironmentException>(() => new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: false), Args(ReplicationMode.Instance), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo(
            "aws:index/getAvailabilityZones:getAvailabilityZones returned no available zones: the AWS provider's region has none this account can use. Deploy to another region."));
    }

    // An answer with any unknown output is unknown as a whole, not only one whose every output is.
    [TestCase(false)]
    [TestCase(true)]
    public void LookupsWhoseAnswerIsUnknownInAPreviewAreExplained(bool partly)
    {
        var region = partly
            ? Answer(("name", PropertyValue.String("eu-central-1")), ("region", PropertyValue.Computed))
            : Answer(("region", PropertyValue.Computed));
        var monitor = AwsMonitor(roles: [], answer: (token, _) => token == AwsFunctions.GetRegion ? region : null);

        var ex = Assert.ThrowsAsync<EnvironmentException>(() => new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: true), Args(ReplicationMode.Instance), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo(
            "aws:index/getRegion:getRegion has no known result yet: the AWS provider passed to the component is configured from values that are "
            + "unknown during this preview. Create that provider in an earlier update, or use the default AWS provider."));
    }

    [Test]
    public async Task ZoneNamesThatAreEmptyOrNotStringsAreLeftOut()
    {
        var names = PropertyValue.Array(
            PropertyValue.String("eu-central-1a"), PropertyValue.String(""), PropertyValue.Null, PropertyValue.Number(1), PropertyValue.String("eu-central-1b"));
        var monitor = AwsMonitor(roles: [], answer: (token, _) => token == AwsFunctions.GetAvailabilityZones ? Answer(("names", names)) : null);

        var context = await new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: false), Args(ReplicationMode.Instance), CancellationToken.None);

        Assert.That(context.AvailabilityZones, Is.EqualTo(["eu-central-1a", "eu-central-1b"]));
    }

    // "name" is the output that "region" replaced in pulumi-aws 7: an answer with only "name" still gives the region.
    [TestCase(false)]
    [TestCase(true)]
    public async Task WithoutARegionOutputOrWithAnEmptyOneTheRegionIsTheNameOutput(bool emptyRegion)
    {
        var region = emptyRegion
            ? Answer(("name", PropertyValue.String("eu-west-3")), ("region", PropertyValue.String("")))
            : Answer(("name", PropertyValue.String("eu-west-3")));
        var monitor = AwsMonitor(roles: [], answer: (token, _) => token == AwsFunctions.GetRegion ? region : null);

        var context = await new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: false), Args(ReplicationMode.Instance), CancellationToken.None);

        Assert.That(context.Region, Is.EqualTo("eu-west-3"));
    }

    [Test]
    public void AnAnswerWithoutTheOutputTheResolverReadsNamesTheFirstOutputItTried()
    {
        var monitor = AwsMonitor(roles: [], answer: (token, _) =>
            token == AwsFunctions.GetRegion ? Answer(("description", PropertyValue.String("Europe (Paris)"))) : null);

        var ex = Assert.ThrowsAsync<EnvironmentException>(() => new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: false), Args(ReplicationMode.Instance), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("aws:index/getRegion:getRegion returned no 'region'."));
    }

    [Test]
    public void AnInvokeThatFailsWithPropertyFailuresListsEachReasonWithItsProperty()
    {
        var failed = Task.FromResult(new InvokeResult(
            ImmutableSortedDictionary<string, PropertyValue>.Empty,
            [("", "no valid credential sources found"), ("region", "is not a known AWS region")]));
        var monitor = AwsMonitor(roles: [], answer: (token, _) => token == AwsFunctions.GetCallerIdentity ? failed : null);

        var ex = Assert.ThrowsAsync<EnvironmentException>(() => new PlanContextResolver(monitor.Object, TimeSpan.FromMinutes(1))
            .ResolveAsync(Request(dryRun: false), Args(ReplicationMode.Instance), CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo(
            "aws:index/getCallerIdentity:getCallerIdentity failed: no valid credential sources found; region: is not a known AWS region"));
    }

    /// <summary>Args with everything the resolver reads; the rest is irrelevant to it.</summary>
    internal static TidbDmsMigrationArgs Args(ReplicationMode mode) => new(
        Tier.Starter,
        Connectivity.PublicEndpoint,
        EndpointType.Target,
        new ClusterArgs(
            Input<string>.Known("gateway01.eu-central-1.prod.aws.tidbcloud.com"),
            Input<int>.Known(4000),
            Input<string>.Known("abc.root"),
            Input<string>.Known(Password, isSecret: true),
            null,
            Input<SslMode>.Known(SslMode.VerifyFull),
            null),
        new NetworkArgs(Input<string>.Known("10.0.0.0/16"), 2, [], PublicAccess.NatGateway, NatGatewayStrategy.Single),
        null,
        null,
        new ReplicationArgs(mode, Input<string>.Known("dms.t3.large"), Input<int>.Known(50), Input<bool>.Known(false), null, null, Input<int>.Known(1), Input<int>.Known(4)),
        DmsIamRoles.Existing,
        null,
        null);

    /// <param name="answer">Answers an invoke instead of the defaults below, or null to leave it to them.</param>
    internal static Mock<IResourceMonitor> AwsMonitor(
        Dictionary<string, Dictionary<string, string>> roles,
        string[]? zones = null,
        string? roleError = null,
        Func<string, ImmutableSortedDictionary<string, PropertyValue>, Task<InvokeResult>?>? answer = null)
    {
        zones ??= ["eu-central-1a", "eu-central-1b", "eu-central-1c"];
        var monitor = new Mock<IResourceMonitor>(MockBehavior.Strict);
        monitor.Setup(m => m.InvokeAsync(It.IsAny<string>(), It.IsAny<ImmutableSortedDictionary<string, PropertyValue>>(), It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string token, ImmutableSortedDictionary<string, PropertyValue> args, string _, string _, CancellationToken _) => answer?.Invoke(token, args) ?? token switch
            {
                AwsFunctions.GetAvailabilityZones => Answer(("names", PropertyValue.Array(zones.Select(PropertyValue.String)))),
                AwsFunctions.GetRegion => Answer(("region", PropertyValue.String("eu-central-1"))),
                AwsFunctions.GetPartition => Answer(("partition", PropertyValue.String("aws"))),
                AwsFunctions.GetCallerIdentity => Answer(("accountId", PropertyValue.String("210987654321"))),
                AwsFunctions.GetRole when roleError is not null => throw new MonitorCallException("Unknown", roleError, engineStopping: false),
                AwsFunctions.GetRole when roles.TryGetValue(args["name"].AsString, out var tags) => Answer(
                    ("name", args["name"]),
                    ("tags", PropertyValue.Object(tags.Select(t => KeyValuePair.Create(t.Key, PropertyValue.String(t.Value)))))),
                AwsFunctions.GetRole => throw new MonitorCallException(
                    "Unknown",
                    $"invocation of aws:iam/getRole:getRole returned an error: reading IAM Role ({args["name"].AsString}): couldn't find resource",
                    engineStopping: false),
                _ => throw new InvalidOperationException(token),
            });
        return monitor;
    }

    internal static Task<InvokeResult> Answer(params (string Key, PropertyValue Value)[] entries) =>
        Task.FromResult(new InvokeResult(entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal), []));

    private static IEnumerable<(string, string, string, string)> Invoked(Mock<IResourceMonitor> monitor) =>
        monitor.Invocations.Select(i => ((string)i.Arguments[0], PropertyValue.Object((ImmutableSortedDictionary<string, PropertyValue>)i.Arguments[1]).ToString(), (string)i.Arguments[2], (string)i.Arguments[3]));
}
