// The generated Node SDK (@tidb-dms/tidb-dms) in a typed program, against the real @pulumi/pulumi mocks:
// what the component registration carries (the program's inputs and the SDK's defaults), required inputs,
// outputs, enums, and how the package is laid out for the engine.
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import * as tidbdms from "@tidb-dms/tidb-dms";
import { componentState, installMocks, registrationOf, valueOf } from "./mocks";

installMocks();

const secretSig = "4dabf18193072939515e22adb298388d";
const secretValue = "1b47061264138c4ac30d75fd1eb44270";

const cluster: tidbdms.types.input.ClusterArgs = {
    host: "gateway01.us-west-2.prod.aws.tidbcloud.com",
    username: "3pTAoNNegb47Uc8.dms_user",
    password: pulumi.secret("correct-horse-battery"),
};

function starterArgs(overrides: Partial<tidbdms.TidbDmsMigrationArgs> = {}): tidbdms.TidbDmsMigrationArgs {
    return {
        tier: tidbdms.Tier.Starter,
        connectivity: tidbdms.Connectivity.PublicEndpoint,
        endpointType: tidbdms.EndpointType.Target,
        cluster,
        ...overrides,
    };
}

/** A secret as the mock monitor receives it: the signature key and the value. */
function secret(value: unknown): Record<string, unknown> {
    return { [secretSig]: secretValue, value };
}

/** The value inside a secret, after checking it is one. */
function unsecret(value: unknown): Record<string, unknown> {
    const wrapped = value as Record<string, unknown>;
    assert.equal(wrapped[secretSig], secretValue, "expected a secret");
    return wrapped.value as Record<string, unknown>;
}

// The SDK applies cluster's defaults inside an output (pulumi.output(cluster).apply(...)), so a secret password
// makes the whole cluster input secret: the port default travels inside it.
test("registers the component with the program's inputs and the SDK's defaults", async () => {
    const migration = new tidbdms.TidbDmsMigration("with-defaults", starterArgs({
        network: { availabilityZoneCount: 3 },
        replication: { mode: tidbdms.ReplicationMode.Instance },
        task: { otherEndpointArn: "arn:aws:dms:us-west-2:123456789012:endpoint:OTHER", schemas: ["app"] },
        tags: { team: "data" },
    }));

    const registration = await registrationOf(migration, "with-defaults");

    assert.equal(registration.type, "tidb-dms:index:TidbDmsMigration");
    assert.deepEqual(registration.inputs, {
        tier: "Starter",
        connectivity: "PublicEndpoint",
        endpointType: "target",
        cluster: secret({
            host: "gateway01.us-west-2.prod.aws.tidbcloud.com",
            port: 4000,
            username: "3pTAoNNegb47Uc8.dms_user",
            password: "correct-horse-battery",
        }),
        dmsIamRoles: "Existing",
        network: { availabilityZoneCount: 3, vpcCidr: "10.0.0.0/16", publicAccess: "NatGateway", natGateways: "Single" },
        replication: {
            mode: "Instance",
            instanceClass: "dms.t3.large",
            allocatedStorage: 50,
            multiAz: false,
            minCapacityUnits: 1,
            maxCapacityUnits: 4,
            applyImmediately: false,
        },
        task: {
            otherEndpointArn: "arn:aws:dms:us-west-2:123456789012:endpoint:OTHER",
            schemas: ["app"],
            migrationType: "full-load",
            startReplicationTask: false,
        },
        tags: { team: "data" },
    });
});

test("values the program sets win over the SDK's defaults, and optional objects get their defaults", async () => {
    const migration = new tidbdms.TidbDmsMigration("explicit", starterArgs({
        tier: tidbdms.Tier.Essential,
        connectivity: tidbdms.Connectivity.PrivateEndpoint,
        cluster: { ...cluster, port: 4001, sslMode: tidbdms.SslMode.VerifyCa },
        privateEndpoint: { serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0f1e2d3c4b5a69788" },
        dmsIamRoles: tidbdms.DmsIamRoles.Create,
        network: { natGateways: tidbdms.NatGatewayStrategy.OnePerAz, publicAccess: tidbdms.PublicAccess.PublicSubnet },
    }));

    const inputs = (await registrationOf(migration, "explicit")).inputs;

    assert.equal(inputs.tier, "Essential");
    assert.equal(inputs.dmsIamRoles, "Create");
    assert.deepEqual(inputs.privateEndpoint, {
        serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0f1e2d3c4b5a69788",
        privateDnsEnabled: true,
    });
    assert.equal(unsecret(inputs.cluster).port, 4001);
    assert.equal(unsecret(inputs.cluster).sslMode, "verify-ca");
    assert.deepEqual(inputs.network, { vpcCidr: "10.0.0.0/16", availabilityZoneCount: 2, publicAccess: "PublicSubnet", natGateways: "OnePerAz" });
    assert.equal(inputs.replication, undefined);
    assert.equal(inputs.task, undefined);
});

test("a password the program does not wrap reaches the engine unwrapped (the provider marks it secret)", async () => {
    const migration = new tidbdms.TidbDmsMigration("plain-password", starterArgs({
        cluster: { host: "gateway01.us-west-2.prod.aws.tidbcloud.com", username: "u.dms", password: "plain-text" },
    }));

    const inputs = (await registrationOf(migration, "plain-password")).inputs;

    assert.deepEqual(inputs.cluster, { host: "gateway01.us-west-2.prod.aws.tidbcloud.com", port: 4000, username: "u.dms", password: "plain-text" });
});

test("a missing required input throws Missing required property", () => {
    const { cluster: _omitted, ...withoutCluster } = starterArgs();

    assert.throws(
        () => new tidbdms.TidbDmsMigration("no-cluster", withoutCluster as tidbdms.TidbDmsMigrationArgs),
        { message: "Missing required property 'cluster'" });
    assert.throws(
        () => new tidbdms.TidbDmsMigration("no-tier", { ...starterArgs(), tier: undefined } as unknown as tidbdms.TidbDmsMigrationArgs),
        { message: "Missing required property 'tier'" });
});

test("outputs resolve from the engine's state, and outputs it did not return stay undefined", async () => {
    const migration = new tidbdms.TidbDmsMigration("outputs", starterArgs());

    const vpcId: string | undefined = await valueOf(migration.vpcId);
    const subnets: string[] | undefined = await valueOf(migration.privateSubnetIds);

    assert.equal(vpcId, componentState.vpcId);
    assert.deepEqual(subnets, componentState.privateSubnetIds);
    assert.equal(await valueOf(migration.securityGroupId), componentState.securityGroupId);
    assert.equal(await valueOf(migration.tidbEndpointArn), componentState.tidbEndpointArn);
    assert.equal(await valueOf(migration.certificateArn), undefined);
    assert.equal(await valueOf(migration.natGatewayPublicIps), undefined);
});

test("isInstance recognises the component and nothing else", () => {
    const migration = new tidbdms.TidbDmsMigration("instance", starterArgs());
    const other = new pulumi.ComponentResource("other:index:Thing", "other");

    assert.equal(tidbdms.TidbDmsMigration.isInstance(migration), true);
    assert.equal(tidbdms.TidbDmsMigration.isInstance(other), false);
    assert.equal(tidbdms.TidbDmsMigration.isInstance({}), false);
    assert.equal(tidbdms.TidbDmsMigration.isInstance(undefined), false);
    assert.equal((migration as unknown as Record<string, unknown>).__pulumiType, "tidb-dms:index:TidbDmsMigration");
});

test("enum members carry the schema's wire values", () => {
    assert.equal(tidbdms.Tier.Starter, "Starter");
    assert.equal(tidbdms.Tier.Dedicated, "Dedicated");
    assert.equal(tidbdms.Connectivity.VpcPeering, "VpcPeering");
    assert.equal(tidbdms.EndpointType.Source, "source");
    assert.equal(tidbdms.SslMode.None, "none");
    assert.equal(tidbdms.SslMode.VerifyFull, "verify-full");
    assert.equal(tidbdms.MigrationType.FullLoadAndCdc, "full-load-and-cdc");
    assert.equal(tidbdms.ReplicationMode.Serverless, "Serverless");
    assert.equal(tidbdms.types.enums.Tier, tidbdms.Tier);
});

test("the installed SDK shares the program's @pulumi/pulumi and tells the engine which plugin to use", () => {
    const sdkDir = path.dirname(require.resolve("@tidb-dms/tidb-dms/package.json"));
    const sdkPackage = require("@tidb-dms/tidb-dms/package.json");

    assert.equal(require.resolve("@pulumi/pulumi", { paths: [sdkDir] }), require.resolve("@pulumi/pulumi"));
    assert.deepEqual(sdkPackage.pulumi, {
        resource: true,
        name: "tidb-dms",
        version: "0.1.0",
        server: "github://api.github.com/tidb-dms/tidb-dms",
    });
    assert.equal(sdkPackage.name, "@tidb-dms/tidb-dms");
});
