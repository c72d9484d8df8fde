// TiDB Cloud Starter as the DMS target over its public endpoint: DMS runs in private subnets and
// reaches the internet through one NAT gateway per availability zone; a task loads an existing
// MySQL-compatible source endpoint into TiDB, then keeps replicating its changes.
import * as pulumi from "@pulumi/pulumi";
import * as tidbdms from "@tidb-dms/tidb-dms";

const config = new pulumi.Config();

const migration = new tidbdms.TidbDmsMigration("migration", {
    tier: tidbdms.Tier.Starter,
    connectivity: tidbdms.Connectivity.PublicEndpoint,
    endpointType: tidbdms.EndpointType.Target,
    cluster: {
        host: config.require("tidbHost"),
        username: config.require("tidbUser"),
        // A secret Output: the password stays secret in the state, the plan and every log.
        password: config.requireSecret("tidbPassword"),
        sslMode: tidbdms.SslMode.VerifyFull,
    },
    network: {
        vpcCidr: "10.20.0.0/16",
        publicAccess: tidbdms.PublicAccess.NatGateway,
        natGateways: tidbdms.NatGatewayStrategy.OnePerAz,
    },
    replication: {
        mode: tidbdms.ReplicationMode.Instance,
        instanceClass: "dms.t3.large",
        allocatedStorage: 100,
    },
    task: {
        otherEndpointArn: config.require("sourceEndpointArn"),
        migrationType: tidbdms.MigrationType.FullLoadAndCdc,
        schemas: config.requireObject<string[]>("schemas"),
    },
    tags: {
        project: pulumi.getProject(),
        stack: pulumi.getStack(),
    },
});

export const vpcId = migration.vpcId;
export const natGatewayPublicIps = migration.natGatewayPublicIps;
export const replicationInstanceArn = migration.replicationInstanceArn;
export const tidbEndpointArn = migration.tidbEndpointArn;
export const replicationTaskArn = migration.replicationTaskArn;
