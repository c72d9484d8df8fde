// A real Pulumi program for the end-to-end tests: run by @pulumi/pulumi's own program runner
// (cmd/run) against the offline engine, which hands the component to the plugin's Construct.
// Config picks the topology and how the password is passed, so one compiled program covers them all.
import * as pulumi from "@pulumi/pulumi";
import * as tidb from "@tidb-dms/tidb-dms";

const config = new pulumi.Config();
const topology = config.require("topology");
// "plain": the password as a plain string, as a careless program would pass it; "wrapped": pulumi.secret.
const password = config.require("passwordForm") === "plain" ? config.require("password") : pulumi.secret(config.require("password"));

const connectivity: Record<string, Partial<tidb.TidbDmsMigrationArgs>> = {
    "public-nat": { tier: tidb.Tier.Starter, connectivity: tidb.Connectivity.PublicEndpoint },
    "private-link": {
        tier: tidb.Tier.Essential,
        connectivity: tidb.Connectivity.PrivateEndpoint,
        privateEndpoint: { serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0" },
    },
    "serverless": {
        tier: tidb.Tier.Starter,
        connectivity: tidb.Connectivity.PublicEndpoint,
        replication: { mode: tidb.ReplicationMode.Serverless },
        task: { otherEndpointArn: "arn:aws:dms:us-west-2:123456789012:endpoint:SOURCEEXAMPLE", schemas: ["shop"] },
    },
    // Dedicated needs the cluster's CA: without one the component refuses the inputs.
    "dedicated-without-ca": { tier: tidb.Tier.Dedicated, connectivity: tidb.Connectivity.PublicEndpoint },
};

const migration = new tidb.TidbDmsMigration("migration", {
    tier: tidb.Tier.Starter,
    connectivity: tidb.Connectivity.PublicEndpoint,
    ...connectivity[topology],
    endpointType: tidb.EndpointType.Target,
    cluster: {
        host: topology === "dedicated-without-ca" ? "tidb.abcd1234.clusters.tidb-cloud.com" : "gateway01.us-west-2.prod.aws.tidbcloud.com",
        username: topology === "dedicated-without-ca" ? "dms_user" : "4fXyZ8example.dms_user",
        password,
    },
});

export const vpcId = migration.vpcId;
export const tidbEndpointArn = migration.tidbEndpointArn;
export const securityGroupId = migration.securityGroupId;
