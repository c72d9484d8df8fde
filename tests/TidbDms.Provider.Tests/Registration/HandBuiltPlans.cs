using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>Small plans written by hand, so registration is tested apart from the planner.</summary>
internal static class HandBuiltPlans
{
    public const string Project = "proj";
    public const string Stack = "dev";
    public const string ComponentName = "mig";
    public const string StackUrn = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev";
    public const string ComponentUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig";
    public const string Password = "s3cr3t-Pa55";
    public const string InputDependency = "urn:pulumi:dev::proj::random:index/randomPassword:RandomPassword::pw";

    public static string ChildUrn(string type, string name) => $"urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration${type}::{name}";

    public static ImmutableSortedDictionary<string, PlanValue> Inputs(params (string Key, PlanValue Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    public static PlanValue Ref(string resource, string output) => new PlanValue.Ref(resource, output);

    public static PlannedResource Resource(string type, string name, params (string Key, PlanValue Value)[] inputs) =>
        new(type, name, Inputs(inputs), [], []);

    /// <summary>
    /// VPC → two subnets → subnet group; a certificate and an endpoint with the (secret) password,
    /// which waits for the subnet group explicitly. Outputs cover refs, lists, suffixes and secrets.
    /// </summary>
    public static MigrationPlan Small() => new(
        ComponentName,
        [
            Resource("aws:ec2/vpc:Vpc", "mig-vpc", ("cidrBlock", PlanValue.Of("10.0.0.0/16")), ("enableDnsSupport", PlanValue.Of(true))),
            Resource("aws:ec2/subnet:Subnet", "mig-private-a", ("vpcId", Ref("mig-vpc", "id")), ("cidrBlock", PlanValue.Of("10.0.0.0/24"))),
            Resource("aws:ec2/subnet:Subnet", "mig-private-b", ("vpcId", Ref("mig-vpc", "id")), ("cidrBlock", PlanValue.Of("10.0.1.0/24"))),
            Resource(
                "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup",
                "mig-subnet-group",
                ("replicationSubnetGroupId", PlanValue.Of("mig-dev")),
                ("subnetIds", PlanValue.ListOf([Ref("mig-private-a", "id"), Ref("mig-private-b", "id")]))),
            new(
                "aws:dms/certificate:Certificate",
                "mig-ca",
                Inputs(("certificateId", PlanValue.Of("mig-ca")), ("certificatePem", new PlanValue.Secret(PlanValue.Of("-----BEGIN CERTIFICATE-----")))),
                [],
                ["certificatePem"]),
            new(
                "aws:dms/endpoint:Endpoint",
                "mig-tidb",
                Inputs(
                    ("endpointId", PlanValue.Of("mig-tidb")),
                    ("password", PlanValue.Of(PropertyValue.String(Password).WithSecret().WithDependencies([InputDependency]))),
                    ("port", PlanValue.Of(4000)),
                    ("certificateArn", Ref("mig-ca", "certificateArn"))),
                ["mig-subnet-group"],
                ["password"]),
        ],
        new Dictionary<string, PlanValue>
        {
            ["vpcId"] = Ref("mig-vpc", "id"),
            ["privateSubnetIds"] = PlanValue.ListOf([Ref("mig-private-a", "id"), Ref("mig-private-b", "id")]),
            ["certificateArn"] = Ref("mig-ca", "certificateArn"),
            ["tidbEndpointArn"] = Ref("mig-tidb", "endpointArn"),
            ["ipAccessListCidrs"] = new PlanValue.EachWithSuffix(Ref("mig-vpc", "publicIps"), "/32"),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal));

    public static ComponentRequest Request(bool dryRun, ComponentOptions? options = null) => new(
        Project,
        Stack,
        "tidb-dms:index:TidbDmsMigration",
        ComponentName,
        ImmutableSortedDictionary<string, PropertyValue>.Empty,
        dryRun,
        options ?? ComponentOptions.Default(StackUrn));

    /// <summary>What an engine answers in an update: the URN, an ID, the inputs plus a few computed outputs.</summary>
    public static RegisterResourceResult UpdateAnswer(RegisterResourceArgs args)
    {
        var urn = ResourceUrn.Create(Stack, Project, args.Parent, args.Type, args.Name);
        if (!args.Custom)
        {
            return new(urn, "", ImmutableSortedDictionary<string, PropertyValue>.Empty);
        }

        var outputs = args.Inputs.ToBuilder();
        outputs["arn"] = PropertyValue.String($"arn:aws:test::{args.Name}");
        if (args.Type == "aws:dms/certificate:Certificate")
        {
            outputs["certificateArn"] = PropertyValue.String("arn:aws:dms:us-west-2:123456789012:cert:CA");
        }

        if (args.Type == "aws:dms/endpoint:Endpoint")
        {
            outputs["endpointArn"] = PropertyValue.String("arn:aws:dms:us-west-2:123456789012:endpoint:TIDB");
        }

        if (args.Type == "aws:ec2/vpc:Vpc")
        {
            outputs["publicIps"] = PropertyValue.Array(PropertyValue.String("203.0.113.10"), PropertyValue.String("203.0.113.11"));
        }

        return new(urn, $"{args.Name}-id", outputs.ToImmutable());
    }

    /// <summary>What an engine answers in a preview of a first create: inputs only, no ID.</summary>
    public static RegisterResourceResult PreviewAnswer(RegisterResourceArgs args) =>
        new(ResourceUrn.Create(Stack, Project, args.Parent, args.Type, args.Name), "", args.Custom ? args.Inputs : ImmutableSortedDictionary<string, PropertyValue>.Empty);
}
