using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>Structure: names, types, whole numbers, enums, required fields, empties, nulls, plain unknowns.</summary>
[TestFixture]
internal sealed class InputReaderTests
{
    private const string TierList = "'Starter', 'Essential' or 'Dedicated'";
    private const string PlainUnknownProblem = "is unknown during the preview, but it decides which resources the component creates";

    private static Inputs PrivateEndpoint() => Inputs.Valid()
        .With("connectivity", "PrivateEndpoint")
        .With("privateEndpoint.serviceName", TestValues.ServiceName);

    private static Inputs WithTask(Inputs inputs) => inputs
        .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
        .With("task.schemas", Inputs.Strings("app"));

    private static IEnumerable<TestCaseData> UnknownNames()
    {
        yield return Case(
            "nested typo",
            Inputs.Valid().With("cluster.hots", "x"),
            new InputError("cluster.hots", null, "is not a property of cluster", "Did you mean 'host'?"));
        yield return Case(
            "top-level typo",
            Inputs.Valid().With("tiers", "Starter"),
            new InputError("tiers", null, "is not an input of TidbDmsMigration", "Did you mean 'tier'?"));
        yield return Case(
            "case differs",
            Inputs.Valid().With("cluster.Port", 4000),
            new InputError("cluster.Port", null, "is not a property of cluster", "Did you mean 'port'?"));
        yield return Case(
            "nothing close",
            Inputs.Valid().With("network.size", 3),
            new InputError(
                "network.size",
                null,
                "is not a property of network",
                "Remove it, or use one of: vpcCidr, availabilityZoneCount, availabilityZones, publicAccess, natGateways, vpcId, subnetIds, routeTableIds"));
        yield return Case(
            "key that is not an identifier, holding the password",
            Inputs.Valid().Without("cluster.password").With("cluster.pass:word", TestValues.Password),
            new InputError("cluster[\"pass:word\"]", null, "is not a property of cluster", "Did you mean 'password'?"),
            new InputError("cluster.password", null, "is required (or cluster.secretsManagerSecretArn)", "Set cluster.password to the SQL user's password, from a secret config value, or set cluster.secretsManagerSecretArn to the AWS Secrets Manager secret that holds the credentials"));
        yield return Case("null is absent", Inputs.Valid().With("cluster.hots", PropertyValue.Null));
        yield return Case(
            "as close to two names: the first in the contract's order",
            Inputs.Valid().With("network.vpcIdr", "x"),
            new InputError("network.vpcIdr", null, "is not a property of network", "Did you mean 'vpcCidr'?"));
        yield return Case(
            "three edits from a name is too far, however close its start",
            Inputs.Valid().With("cluster.hostxyz", "x"),
            new InputError(
                "cluster.hostxyz",
                null,
                "is not a property of cluster",
                "Remove it, or use one of: host, port, username, password, databaseName, sslMode, caCertificatePem, secretsManagerSecretArn, secretsManagerKmsKeyArn, endpointSettings"));
    }

    private static IEnumerable<TestCaseData> WrongTypes()
    {
        yield return Case(
            "integer given as a string",
            Inputs.Valid().With("cluster.port", "4000"),
            new InputError("cluster.port", "4000", "must be a whole number, got a string", "Write 4000 without quotes"));
        yield return Case(
            "integer with a fraction",
            Inputs.Valid().With("cluster.port", 4000.5),
            new InputError("cluster.port", "4000.5", "must be a whole number", "Set cluster.port to a whole number, e.g. 4000"));
        yield return Case(
            "integer too large",
            Inputs.Valid().With("replication.allocatedStorage", 1e12),
            new InputError("replication.allocatedStorage", "1000000000000", "is out of range", "Set replication.allocatedStorage to a whole number, e.g. 50"));
        yield return Case(
            "string given as a number",
            Inputs.Valid().With("cluster.host", 42),
            new InputError("cluster.host", "42", "must be a string, got a number", "Set cluster.host to a string"));
        yield return Case(
            "boolean given as a word",
            PrivateEndpoint().With("privateEndpoint.privateDnsEnabled", "yes"),
            new InputError("privateEndpoint.privateDnsEnabled", "yes", "must be a boolean, got a string", "Set privateEndpoint.privateDnsEnabled to true or false"));
        yield return Case(
            "boolean given in quotes",
            Inputs.Valid().With("replication.multiAz", "true"),
            new InputError("replication.multiAz", "true", "must be a boolean, got a string", "Write true without quotes"));
        yield return Case(
            "enum given as a number",
            Inputs.Valid().With("tier", 1),
            new InputError("tier", "1", "must be a string, got a number", $"Set tier to one of {TierList}"));
        yield return Case(
            "object given as a string",
            Inputs.Valid().With("network", "big"),
            new InputError(
                "network",
                "big",
                "must be an object, got a string",
                "Set network to an object with vpcCidr, availabilityZoneCount, availabilityZones, publicAccess, natGateways, vpcId, subnetIds and routeTableIds"));
        yield return Case(
            "an object with one property given as a string",
            Inputs.Valid().With("notifications", "topic"),
            new InputError("notifications", "topic", "must be an object, got a string", "Set notifications to an object with snsTopicArn"));
        yield return Case(
            "the object holding the password given as a string",
            Inputs.Valid().With("cluster", "gateway01.us-west-2.prod.aws.tidbcloud.com"),
            new InputError(
                "cluster",
                "gateway01.us-west-2.prod.aws.tidbcloud.com",
                "must be an object, got a string",
                "Set cluster to an object with host, port, username, password, databaseName, sslMode, caCertificatePem, secretsManagerSecretArn, secretsManagerKmsKeyArn and endpointSettings"));
        yield return Case(
            "list given as a string",
            Inputs.Valid().With("network.availabilityZones", "us-west-2a"),
            new InputError("network.availabilityZones", "us-west-2a", "must be a list of strings, got a string", "Set network.availabilityZones to a list of strings"));
        yield return Case(
            "list element of the wrong type",
            Inputs.Valid().With("network.availabilityZones", PropertyValue.Array(PropertyValue.String("us-west-2a"), PropertyValue.Number(3))),
            new InputError("network.availabilityZones[1]", "3", "must be a string, got a number", "Write network.availabilityZones[1] as a string"));
        yield return Case(
            "map given as a string",
            Inputs.Valid().With("tags", "team=data"),
            new InputError("tags", "team=data", "must be a map of strings, got a string", "Set tags to a map of string values"));
        yield return Case(
            "map value of the wrong type",
            Inputs.Valid().With("tags.Env", 3).With("tags.cost center", true),
            new InputError("tags.Env", "3", "must be a string, got a number", "Write tags.Env as a string"),
            new InputError("tags[\"cost center\"]", "true", "must be a string, got a boolean", "Write tags[\"cost center\"] as a string"));
        yield return Case("map value null is absent", Inputs.Valid().With("tags.Env", PropertyValue.Null));
        yield return Case(
            "integer without a default given as a word: no example in the fix",
            Inputs.Valid().With("cluster.endpointSettings.parallelLoadThreads", "many"),
            new InputError("cluster.endpointSettings.parallelLoadThreads", "many", "must be a whole number, got a string", "Set cluster.endpointSettings.parallelLoadThreads to a whole number"));
        yield return Case(
            "integer with a default given as a word: the default is the example",
            Inputs.Valid().With("cluster.port", "four thousand"),
            new InputError("cluster.port", "four thousand", "must be a whole number, got a string", "Set cluster.port to a whole number, e.g. 4000"));
        yield return Case(
            "boolean given as a number in quotes is not told to drop the quotes",
            Inputs.Valid().With("replication.multiAz", "1"),
            new InputError("replication.multiAz", "1", "must be a boolean, got a string", "Set replication.multiAz to true or false"));
        yield return Case(
            "boolean false given in quotes",
            Inputs.Valid().With("replication.multiAz", "false"),
            new InputError("replication.multiAz", "false", "must be a boolean, got a string", "Write false without quotes"));
        yield return Case(
            "integer given as true in quotes is not told to drop the quotes",
            Inputs.Valid().With("cluster.port", "true"),
            new InputError("cluster.port", "true", "must be a whole number, got a string", "Set cluster.port to a whole number, e.g. 4000"));
        yield return Case(
            "a wrongly typed tag value fails the tags: no rule judges the others",
            Inputs.Valid().With("tags", PropertyValue.Object(("aws:owner", PropertyValue.String("me")), ("Env", PropertyValue.Number(3)))),
            new InputError("tags.Env", "3", "must be a string, got a number", "Write tags.Env as a string"));
        yield return Case(
            "an element of a secret list is shown as the secret placeholder",
            Inputs.Valid().With("network.availabilityZones", PropertyValue.Array(PropertyValue.String("us-west-2a"), PropertyValue.Number(3)).WithSecret()),
            new InputError("network.availabilityZones[1]", "[secret]", "must be a string, got a number", "Write network.availabilityZones[1] as a string"));
        yield return Case(
            "a value of a secret map is shown as the secret placeholder",
            Inputs.Valid().With("tags", PropertyValue.Object(("Env", PropertyValue.Number(3))).WithSecret()),
            new InputError("tags.Env", "[secret]", "must be a string, got a number", "Write tags.Env as a string"));
    }

    private static IEnumerable<TestCaseData> IntegerLimits()
    {
        // The reader takes every whole number an int holds; the range rules judge it after.
        yield return Case(
            "the largest int",
            Inputs.Valid().With("cluster.port", int.MaxValue),
            new InputError("cluster.port", "2147483647", "must be between 1 and 65535", "Set cluster.port to the port from the cluster's Connect dialog (usually 4000)"));
        yield return Case(
            "the smallest int",
            Inputs.Valid().With("cluster.port", int.MinValue),
            new InputError("cluster.port", "-2147483648", "must be between 1 and 65535", "Set cluster.port to the port from the cluster's Connect dialog (usually 4000)"));
        yield return Case(
            "one past the largest int",
            Inputs.Valid().With("cluster.port", int.MaxValue + 1.0),
            new InputError("cluster.port", "2147483648", "is out of range", "Set cluster.port to a whole number, e.g. 4000"));
        yield return Case(
            "one before the smallest int",
            Inputs.Valid().With("cluster.port", int.MinValue - 1.0),
            new InputError("cluster.port", "-2147483649", "is out of range", "Set cluster.port to a whole number, e.g. 4000"));
    }

    private static IEnumerable<TestCaseData> Enums()
    {
        yield return Case(
            "case differs",
            Inputs.Valid().With("tier", "starter"),
            new InputError("tier", "starter", $"must be {TierList}", "Write 'Starter' (values are case-sensitive)"));
        yield return Case(
            "case differs, kebab-case",
            Inputs.Valid().With("cluster.sslMode", "VERIFY-FULL"),
            new InputError("cluster.sslMode", "VERIFY-FULL", "must be 'none', 'verify-ca' or 'verify-full'", "Write 'verify-full' (values are case-sensitive)"));
        yield return Case(
            "not a member",
            Inputs.Valid().With("tier", "Serverless"),
            new InputError("tier", "Serverless", $"must be {TierList}", "Set tier to one of those values"));
        yield return Case(
            "ssl mode require",
            Inputs.Valid().With("cluster.sslMode", "require"),
            new InputError("cluster.sslMode", "require", "DMS does not support 'require' for MySQL endpoints", "Set cluster.sslMode to 'verify-full', or 'verify-ca'"));
        yield return Case(
            "secret value gets no spelling hint",
            Inputs.Valid().With("endpointType", PropertyValue.String("Target").WithSecret()),
            new InputError("endpointType", "[secret]", "must be 'source' or 'target'", "Set endpointType to one of those values"));
    }

    private static IEnumerable<TestCaseData> Required()
    {
        yield return Case("tier", Inputs.Valid().Without("tier"), new InputError("tier", null, "is required", $"Set tier to {TierList}"));
        yield return Case(
            "connectivity",
            Inputs.Valid().Without("connectivity"),
            new InputError("connectivity", null, "is required", "Set connectivity to 'PublicEndpoint', 'PrivateEndpoint' or 'VpcPeering'"));
        yield return Case(
            "endpointType, given null",
            Inputs.Valid().With("endpointType", PropertyValue.Null),
            new InputError("endpointType", null, "is required", "Set endpointType to 'source' or 'target'"));
        yield return Case(
            "cluster, reported once",
            Inputs.Valid().Without("cluster"),
            new InputError("cluster", null, "is required", "Add cluster with host, username and password (or secretsManagerSecretArn instead of username and password)"));
        yield return Case(
            "cluster.host",
            Inputs.Valid().Without("cluster.host"),
            new InputError("cluster.host", null, "is required", "Set cluster.host to the host name from the cluster's Connect dialog in the TiDB Cloud console"));
        yield return Case(
            "cluster.host, given null",
            Inputs.Valid().With("cluster.host", PropertyValue.Null),
            new InputError("cluster.host", null, "is required", "Set cluster.host to the host name from the cluster's Connect dialog in the TiDB Cloud console"));
        yield return Case(
            "cluster.host empty",
            Inputs.Valid().With("cluster.host", ""),
            new InputError("cluster.host", "", "must not be empty", "Set cluster.host to the host name from the cluster's Connect dialog in the TiDB Cloud console"));
        yield return Case(
            "cluster.username",
            Inputs.Valid().Without("cluster.username"),
            new InputError("cluster.username", null, "is required (unless cluster.secretsManagerSecretArn holds the credentials)", "Set cluster.username to the SQL user DMS logs in as (Starter and Essential: '<prefix>.<name>')"));
        yield return Case(
            "cluster.username empty: required unless a secret holds it, so the fix is what to write",
            Inputs.Valid().With("cluster.username", ""),
            new InputError("cluster.username", "", "must not be empty", "Set cluster.username to the SQL user DMS logs in as (Starter and Essential: '<prefix>.<name>')"));
        yield return Case(
            "cluster.password",
            Inputs.Valid().Without("cluster.password"),
            new InputError("cluster.password", null, "is required (or cluster.secretsManagerSecretArn)", "Set cluster.password to the SQL user's password, from a secret config value, or set cluster.secretsManagerSecretArn to the AWS Secrets Manager secret that holds the credentials"));
        yield return Case(
            "cluster.password blank",
            Inputs.Valid().With("cluster.password", "  "),
            new InputError("cluster.password", "[secret]", "must not be empty", "Set cluster.password to the SQL user's password, from a secret config value"));
        yield return Case(
            "privateEndpoint.serviceName",
            PrivateEndpoint().Without("privateEndpoint.serviceName").With("privateEndpoint.privateDnsEnabled", false),
            new InputError(
                "privateEndpoint.serviceName",
                null,
                "is required",
                "Set privateEndpoint.serviceName to the endpoint service name from the cluster's Connect dialog ('com.amazonaws.vpce.<region>.vpce-svc-…')"));
        yield return Case(
            "vpcPeering fields",
            Inputs.ValidDedicated().With("connectivity", "VpcPeering").With("vpcPeering", PropertyValue.Object()),
            new InputError(
                "vpcPeering.peeringConnectionId",
                null,
                "is required",
                "Set vpcPeering.peeringConnectionId to the ID of the peering connection TiDB Cloud requested ('pcx-…')"),
            new InputError(
                "vpcPeering.tidbCidr",
                null,
                "is required",
                "Set vpcPeering.tidbCidr to the CIDR of the TiDB Cloud project in the region (Networking page of the TiDB Cloud console)"));
        yield return Case(
            "task.otherEndpointArn",
            WithTask(Inputs.Valid()).Without("task.otherEndpointArn"),
            new InputError("task.otherEndpointArn", null, "is required", "Set task.otherEndpointArn to the ARN of the DMS endpoint on the other side of the migration"));
        yield return Case(
            "optional string empty, with a default",
            Inputs.Valid().With("network.vpcCidr", ""),
            new InputError("network.vpcCidr", "", "must not be empty", "Remove network.vpcCidr to get the default (10.0.0.0/16)"));
        yield return Case(
            "optional string empty, without a default",
            Inputs.Valid().With("cluster.databaseName", ""),
            new InputError("cluster.databaseName", "", "must not be empty", "Remove cluster.databaseName, or give it a value"));
        yield return Case("optional null is absent", Inputs.Valid().With("cluster.port", PropertyValue.Null).With("network", PropertyValue.Null));
    }

    private static IEnumerable<TestCaseData> PlainUnknowns()
    {
        yield return Case("tier", Inputs.Valid().With("tier", PropertyValue.Computed), PlainUnknown("tier"));
        yield return Case("connectivity", Inputs.Valid().With("connectivity", PropertyValue.Computed), PlainUnknown("connectivity"));
        yield return Case("endpointType", Inputs.Valid().With("endpointType", PropertyValue.Computed), PlainUnknown("endpointType"));
        yield return Case("network, reported once", Inputs.Valid().With("network", PropertyValue.Computed), PlainUnknown("network"));
        yield return Case(
            "network.availabilityZoneCount",
            Inputs.Valid().With("network.availabilityZoneCount", PropertyValue.Computed),
            PlainUnknown("network.availabilityZoneCount"));
        yield return Case(
            "an element of network.availabilityZones",
            Inputs.Valid().With("network.availabilityZones", PropertyValue.Array(PropertyValue.String("us-west-2a"), PropertyValue.Computed)),
            PlainUnknown("network.availabilityZones[1]"));
        yield return Case("network.publicAccess", Inputs.Valid().With("network.publicAccess", PropertyValue.Computed), PlainUnknown("network.publicAccess"));
        yield return Case("network.natGateways", Inputs.Valid().With("network.natGateways", PropertyValue.Computed), PlainUnknown("network.natGateways"));
        yield return Case("replication", Inputs.Valid().With("replication", PropertyValue.Computed), PlainUnknown("replication"));
        yield return Case("replication.mode", Inputs.Valid().With("replication.mode", PropertyValue.Computed), PlainUnknown("replication.mode"));
        yield return Case("dmsIamRoles", Inputs.Valid().With("dmsIamRoles", PropertyValue.Computed), PlainUnknown("dmsIamRoles"));
        yield return Case("task, reported once", Inputs.Valid().With("task", PropertyValue.Computed), PlainUnknown("task"));
    }

    [TestCaseSource(nameof(UnknownNames))]
    [TestCaseSource(nameof(WrongTypes))]
    [TestCaseSource(nameof(IntegerLimits))]
    [TestCaseSource(nameof(Enums))]
    [TestCaseSource(nameof(Required))]
    [TestCaseSource(nameof(PlainUnknowns))]
    public void ReportsExactly(Inputs inputs, InputError[] expected)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.EqualTo(expected));
        if (expected.Length == 0)
        {
            Assert.That(result.Args, Is.Not.Null);
        }
        else
        {
            Assert.That(result.Args, Is.Null);
        }
    }

    private static readonly string[] FailedLists = ["task.schemas", "task.schemas[1]", "network.routeTableIds", "network.routeTableIds[0]"];

    [Test]
    public void AListWithAWrongElementIsFailedAsAWholeButOneWithAnUnknownElementIsNot()
    {
        // The rules skip what failed (InputReaderResult.Failed); an unknown element only makes the list unknown.
        var wrong = InputReader.Read(Inputs.Valid()
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.schemas", PropertyValue.Array(PropertyValue.String("app"), PropertyValue.Number(1)))
            .With("connectivity", "VpcPeering").With("tier", "Dedicated")
            .With("network.vpcId", "vpc-0a1b2c3d4e5f60718")
            .With("network.routeTableIds", PropertyValue.Array(PropertyValue.Number(2)))
            .Build());
        var unknown = InputReader.Read(WithTask(Inputs.Valid()).With("task.schemas", PropertyValue.Array(PropertyValue.String("app"), PropertyValue.Computed)).Build());

        Assert.Multiple(() =>
        {
            Assert.That(wrong.Failed, Is.SupersetOf(FailedLists));
            Assert.That(unknown.Failed, Is.Empty);
            Assert.That(unknown.Args.Task!.Schemas!.IsKnown, Is.False);
        });
    }

    [Test]
    public void PlainUnknownErrorSaysHowToFixIt()
    {
        var result = InputCheck.Run(Inputs.Valid().With("tier", PropertyValue.Computed).Build());

        Assert.That(
            result.Errors.Single().Reason,
            Is.EqualTo($"{PlainUnknownProblem}. Set tier from a literal or a config value, not from another resource's output"));
    }

    [Test]
    public void RequiredHintsCoverEveryRequiredString()
    {
        // Every required field of every object must produce a readable "is required" fix, not a missing-key crash.
        var everythingEmpty = Inputs.Empty
            .With("cluster", PropertyValue.Object())
            .With("privateEndpoint", PropertyValue.Object())
            .With("vpcPeering", PropertyValue.Object())
            .With("task", PropertyValue.Object())
            .With("notifications", PropertyValue.Object());

        var result = InputCheck.Run(everythingEmpty.Build());

        var required = ContractInputs.All.Where(s => s.Required && s.Type != InputType.Object).Select(s => s.Path);
        Assert.That(result.Errors.Where(e => e.Problem == "is required").Select(e => e.Path), Is.EqualTo(required));
    }

    private static InputError PlainUnknown(string path) =>
        new(path, "[unknown]", PlainUnknownProblem, $"Set {path} from a literal or a config value, not from another resource's output");

    private static TestCaseData Case(string name, Inputs inputs, params InputError[] expected) =>
        new TestCaseData(inputs, expected).SetName($"{{m}}({name})");
}
