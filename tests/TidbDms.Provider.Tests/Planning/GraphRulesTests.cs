using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Tests.Registration;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// The rules the graph follows, stated directly for every graph shape, so the reasons behind its
/// edges are executable: what must wait for the path to the cluster, what must not, and which
/// explicit edges exist at all ("waits for" means directly or through other children).
/// </summary>
internal sealed class GraphRulesTests
{
    /// <summary>Children that carry DMS's traffic to the cluster (and the NAT gateways' addresses).</summary>
    private static readonly string[] PathTypes =
    [
        AwsTypes.InternetGateway, AwsTypes.Eip, AwsTypes.NatGateway, AwsTypes.RouteTable, AwsTypes.RouteTableAssociation,
        AwsTypes.VpcPeeringConnectionAccepter, AwsTypes.VpcEndpoint, AwsTypes.SecurityGroupIngressRule, AwsTypes.SecurityGroupEgressRule,
        AwsTypes.Route,
    ];

    /// <summary>
    /// Every explicit edge the planner may add, as (child type, prerequisite type), each for an AWS
    /// reason the planner states beside it. Anything else must be a data reference or nothing.
    /// </summary>
    private static readonly (string Child, string Prerequisite)[] AllowedOrdering =
    [
        // A public NAT gateway fails to create without an internet gateway, which cannot be detached while the NAT gateway maps an address.
        (AwsTypes.NatGateway, AwsTypes.InternetGateway),

        // DMS checks dms-vpc-role (with its policy) when it creates a subnet group.
        (AwsTypes.ReplicationSubnetGroup, AwsTypes.RolePolicyAttachment),

        // A public instance's address: the gateway cannot be detached while the instance holds it.
        (AwsTypes.ReplicationInstance, AwsTypes.InternetGateway),
        (AwsTypes.ReplicationInstance, AwsTypes.RouteTable),
        (AwsTypes.ReplicationInstance, AwsTypes.RouteTableAssociation),

        // What connects to the cluster waits for the whole path to it; DMS logs with dms-cloudwatch-logs-role.
        .. PathTypes.Select(t => (AwsTypes.ReplicationTask, t)),
        (AwsTypes.ReplicationTask, AwsTypes.RolePolicyAttachment),
        .. PathTypes.Select(t => (AwsTypes.ReplicationConfig, t)),
        (AwsTypes.ReplicationConfig, AwsTypes.RolePolicyAttachment),
        (AwsTypes.ReplicationConfig, AwsTypes.ServiceLinkedRole),

        // What connects reads the credentials secret through the access role's policy (Secrets Manager credentials).
        (AwsTypes.ReplicationTask, AwsTypes.RolePolicy),
        (AwsTypes.ReplicationConfig, AwsTypes.RolePolicy),
    ];

    public static IEnumerable<TestCaseData> Topologies() => Where(_ => true);

    public static IEnumerable<TestCaseData> WithInstance() => Where(t => t.Args.Replication.Mode == ReplicationMode.Instance);

    /// <summary>The component's own public subnets (in an existing VPC, the internet gateway and its routes are the user's).</summary>
    public static IEnumerable<TestCaseData> FromPublicSubnets() => Where(t => IsPublicSubnet(t) && t.Args.Network.ExistingVpc is null);

    /// <summary>The component's own NAT gateways (in an existing VPC, they are the user's).</summary>
    public static IEnumerable<TestCaseData> WithNatGateways() =>
        Where(t => t.Args.Connectivity == Connectivity.PublicEndpoint && t.Args.Network.PublicAccess == PublicAccess.NatGateway && t.Args.Network.ExistingVpc is null);

    public static IEnumerable<TestCaseData> ConnectingOnCreation() =>
        Where(t => t.Args.Task is not null && (t.Args.Replication.Mode == ReplicationMode.Instance || Starts(t)));

    public static IEnumerable<TestCaseData> ServerlessNotStarted() => Where(t => t.Args.Replication.Mode == ReplicationMode.Serverless && !Starts(t));

    public static IEnumerable<TestCaseData> CreatingRoles() => Where(t => t.Args.DmsIamRoles == DmsIamRoles.Create);

    [TestCaseSource(nameof(WithInstance))]
    public void ReplicationInstanceWaitsForItsSubnetGroupAndSecurityGroupAndForNoNatGatewayOrRoute(GraphTopology topology)
    {
        var plan = Plan(topology);
        var waitsFor = PlanGraph.WaitsFor(plan, "mig-replication-instance");
        var publicAddressing = IsPublicSubnet(topology)
            ? Names(plan, AwsTypes.InternetGateway, AwsTypes.RouteTable, AwsTypes.RouteTableAssociation)
            : [];

        Assert.Multiple(() =>
        {
            Assert.That(plan["mig-replication-instance"].References, Is.EquivalentTo(["mig-subnet-group", "mig-dms-sg"]));
            Assert.That(
                waitsFor.Intersect(Names(plan, PathTypes)),
                Is.EquivalentTo(publicAddressing),
                "the instance connects nowhere until a task runs: of the path, it waits only for what makes its own address public");
            Assert.That(waitsFor, Does.Not.Contain("mig-tidb-endpoint").And.Not.Contain("mig-ca"));
            if (topology.Args.DmsIamRoles == DmsIamRoles.Create)
            {
                Assert.That(waitsFor, Does.Contain("mig-dms-vpc-role-policy"), "DMS places the instance with dms-vpc-role");
            }
        });
    }

    [TestCaseSource(nameof(FromPublicSubnets))]
    public void PublicSubnetInstanceWaitsForTheInternetGatewayAndItsRoutesSoDestroyDeletesItFirst(GraphTopology topology)
    {
        var plan = Plan(topology);

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-replication-instance", "publiclyAccessible"), Is.EqualTo("true"));
            Assert.That(
                plan["mig-replication-instance"].DependsOn,
                Is.EquivalentTo(["mig-igw", "mig-public-rt", "mig-public-a-rta", "mig-public-b-rta"]));
        });
    }

    [TestCaseSource(nameof(ConnectingOnCreation))]
    public void TaskAndStartedServerlessWaitForTheWholePathToTheCluster(GraphTopology topology)
    {
        var plan = Plan(topology);
        var connecting = Names(plan, AwsTypes.ReplicationTask)
            .Concat(Starts(topology) ? Names(plan, AwsTypes.ReplicationConfig) : [])
            .ToList();

        // Every gateway, NAT gateway, route table, association, accepter, endpoint and rule this
        // component built, and the TiDB endpoint: all of it, whatever the topology.
        var path = Names(plan, PathTypes).Append("mig-tidb-endpoint").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(connecting, Has.Count.EqualTo(1));
            foreach (var child in connecting)
            {
                Assert.That(path.Except(PlanGraph.WaitsFor(plan, child)), Is.Empty, $"{child} connects through these");
            }
        });
    }

    [TestCaseSource(nameof(WithNatGateways))]
    public void OnlyWhatConnectsWaitsForANatGateway(GraphTopology topology)
    {
        var plan = Plan(topology);
        var nats = Names(plan, AwsTypes.NatGateway);

        var waiting = plan.Resources.Where(r => PlanGraph.WaitsFor(plan, r.Name).Overlaps(nats)).Select(r => r.Name).ToList();
        var expected = Names(plan, AwsTypes.ReplicationTask)
            .Concat(Starts(topology) ? Names(plan, AwsTypes.ReplicationConfig) : [])
            .Concat(Names(plan, AwsTypes.RouteTable, AwsTypes.RouteTableAssociation).Where(n => n.StartsWith("mig-private-", StringComparison.Ordinal)))
            .Concat(Names(plan, AwsTypes.EventSubscription).Where(n => n == "mig-task-events"));
        Assert.That(
            waiting,
            Is.EquivalentTo(expected),
            "the private routes go through the NAT gateways; besides them, only a replication that connects waits (and the task's event subscription, through the task)");
    }

    [TestCaseSource(nameof(Topologies))]
    public void EventSubscriptionsWaitForTheirSourceOnly(GraphTopology topology)
    {
        var plan = Plan(topology);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal) { ["mig-instance-events"] = "mig-replication-instance", ["mig-task-events"] = "mig-task" };

        foreach (var subscription in Names(plan, AwsTypes.EventSubscription))
        {
            Assert.That(plan[subscription].Prerequisites, Is.EqualTo(new[] { sources[subscription] }), subscription);
            Assert.That(plan[subscription].DependsOn, Is.Empty, $"{subscription}: its source's identifier is a reference, no ordering edge is needed");
        }
    }

    [TestCaseSource(nameof(ServerlessNotStarted))]
    public void ServerlessNotStartedOnCreationWaitsForNothingOnThePath(GraphTopology topology)
    {
        var plan = Plan(topology);
        var roles = topology.Args.DmsIamRoles == DmsIamRoles.Create ? new[] { "mig-dms-serverless-role", "mig-dms-logs-role-policy" } : [];

        Assert.Multiple(() =>
        {
            Assert.That(PlanGraph.WaitsFor(plan, "mig-replication-config").Intersect(Names(plan, PathTypes)), Is.Empty);
            Assert.That(plan["mig-replication-config"].DependsOn, Is.EquivalentTo(roles));
        });
    }

    [TestCaseSource(nameof(Topologies))]
    public void TidbEndpointWaitsOnlyForItsCertificate(GraphTopology topology)
    {
        var plan = Plan(topology);
        var certificate = Names(plan, AwsTypes.Certificate);

        Assert.That(plan["mig-tidb-endpoint"].Prerequisites, Is.EqualTo(certificate), "creating an endpoint stores settings and connects nowhere");
    }

    [TestCaseSource(nameof(WithNatGateways))]
    public void NatGatewaysWaitForTheInternetGateway(GraphTopology topology)
    {
        var plan = Plan(topology);
        var nats = Names(plan, AwsTypes.NatGateway);

        Assert.Multiple(() =>
        {
            Assert.That(nats, Has.Length.EqualTo(topology.Args.Network.NatGateways == NatGatewayStrategy.OnePerAz ? 3 : 1));
            Assert.That(nats.Select(n => string.Join(", ", plan[n].DependsOn)), Has.All.EqualTo("mig-igw"));
        });
    }

    [TestCaseSource(nameof(CreatingRoles))]
    public void CreatedRolesAreWaitedForByWhatDmsChecksThemFor(GraphTopology topology)
    {
        var plan = Plan(topology);

        Assert.Multiple(() =>
        {
            Assert.That(plan["mig-subnet-group"].DependsOn, Is.EqualTo(["mig-dms-vpc-role-policy"]));
            foreach (var task in Names(plan, AwsTypes.ReplicationTask))
            {
                Assert.That(plan[task].DependsOn, Does.Contain("mig-dms-logs-role-policy"));
            }

            foreach (var config in Names(plan, AwsTypes.ReplicationConfig))
            {
                Assert.That(plan[config].DependsOn, Does.Contain("mig-dms-serverless-role").And.Contain("mig-dms-logs-role-policy"));
            }
        });
    }

    [TestCaseSource(nameof(Topologies))]
    public void ExplicitEdgesAreOnlyTheKindsAwsNeedsAndNeverRepeatAReference(GraphTopology topology)
    {
        var plan = Plan(topology);
        var types = plan.Resources.ToDictionary(r => r.Name, r => r.Type, StringComparer.Ordinal);

        var problems = PlanGraph.Edges(plan)
            .Where(e => e.IsOrdering && (e.IsReference || !AllowedOrdering.Contains((types[e.Child], types[e.Prerequisite]))))
            .Select(e => e.ToString());
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void StartUnknownInAPreviewPlansTheServerlessReplicationAsStarting()
    {
        var args = TestArgs.Create(mode: ReplicationMode.Serverless).WithTask(t => t with { StartReplicationTask = Input<bool>.Unknown() });
        var plan = PlanText.Plan(args);

        Assert.That(plan["mig-replication-config"].DependsOn, Does.Contain("mig-nat-a").And.Contain("mig-private-a-rta"), "it may start, so it may connect");
    }

    [Test]
    public void ExplicitEdgesReachTheRegistrationsDependenciesButNoInputsPropertyDependencies()
    {
        var registrations = Register(PlanText.Plan(TestArgs.Create(Tier.Starter)));
        var task = registrations["mig-task"];
        var instance = registrations["mig-replication-instance"];

        Assert.Multiple(() =>
        {
            Assert.That(task.Dependencies, Does.Contain(Urn(registrations, "mig-nat-a")).And.Contain(Urn(registrations, "mig-private-b-rta")));
            Assert.That(task.PropertyDependencies.Values.SelectMany(v => v), Does.Not.Contain(Urn(registrations, "mig-nat-a")));
            Assert.That(instance.Dependencies, Is.EquivalentTo(new[] { Urn(registrations, "mig-subnet-group"), Urn(registrations, "mig-dms-sg") }));
        });
    }

    [Test]
    public void KmsKeyAndOtherEndpointAreWaitedForThroughTheInputsDependencies()
    {
        const string keyUrn = "urn:pulumi:dev::proj::aws:kms/key:Key::dms";
        const string otherUrn = "urn:pulumi:dev::proj::aws:dms/endpoint:Endpoint::source";
        var kms = Input<string>.Known("arn:aws:kms:us-west-2:123456789012:key/1", dependencies: [keyUrn]);
        var other = Input<string>.Known(TestValues.OtherEndpointArn, dependencies: [otherUrn]);
        var instance = TestArgs.Create() with { Replication = TestArgs.Create().Replication with { KmsKeyArn = kms } };
        var serverless = TestArgs.Create(mode: ReplicationMode.Serverless);
        serverless = serverless with { Replication = serverless.Replication with { KmsKeyArn = kms } };

        var onInstance = Register(PlanText.Plan(instance.WithTask(t => t with { OtherEndpointArn = other })));
        var onServerless = Register(PlanText.Plan(serverless.WithTask(t => t with { OtherEndpointArn = other })));

        Assert.Multiple(() =>
        {
            Assert.That(onInstance["mig-replication-instance"].PropertyDependencies["kmsKeyArn"], Is.EqualTo(new[] { keyUrn }));
            Assert.That(onInstance["mig-replication-instance"].Dependencies, Does.Contain(keyUrn));
            Assert.That(onInstance["mig-task"].PropertyDependencies["sourceEndpointArn"], Is.EqualTo(new[] { otherUrn }));
            Assert.That(onServerless["mig-replication-config"].PropertyDependencies["computeConfig"], Does.Contain(keyUrn));
            Assert.That(onServerless["mig-replication-config"].Dependencies, Does.Contain(keyUrn).And.Contain(otherUrn));
        });
    }

    private static MigrationPlan Plan(GraphTopology topology) => PlanText.Plan(topology.Args);

    private static bool Starts(GraphTopology topology) => topology.Args.Task?.StartReplicationTask.Value ?? false;

    private static bool IsPublicSubnet(GraphTopology topology) =>
        topology.Args.Connectivity == Connectivity.PublicEndpoint && topology.Args.Network.PublicAccess == PublicAccess.PublicSubnet;

    private static IEnumerable<TestCaseData> Where(Func<GraphTopology, bool> applies) =>
        GraphTopologies.All().Where(applies).Select(t => new TestCaseData(t).SetArgDisplayNames(t.Name));

    private static ImmutableArray<string> Names(MigrationPlan plan, params string[] types) =>
        [.. plan.Resources.Where(r => types.Contains(r.Type)).Select(r => r.Name)];

    private static string? Input(MigrationPlan plan, string child, string input) => PlanText.Input(plan, child, input);

    private static string Urn(Dictionary<string, RegisterResourceArgs> registrations, string child) =>
        HandBuiltPlans.ChildUrn(registrations[child].Type, child);

    /// <summary>Every child's registration, as the registrar builds it in an update, each answered before the next needs it.</summary>
    private static Dictionary<string, RegisterResourceArgs> Register(MigrationPlan plan)
    {
        var request = HandBuiltPlans.Request(dryRun: false);
        var answers = new Dictionary<string, RegisterResourceResult>(StringComparer.Ordinal);
        var registrations = new Dictionary<string, RegisterResourceArgs>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            var args = Registrar.ChildArgs(resource, request, HandBuiltPlans.ComponentUrn, answers);
            registrations[resource.Name] = args;
            answers[resource.Name] = HandBuiltPlans.UpdateAnswer(args);
        }

        return registrations;
    }
}
