// Starter over its public endpoint through one NAT gateway, with DMS Serverless instead of an instance.
import * as tidbdms from "@tidb-dms/tidb-dms";
import { password, sourceEndpointArn } from "../common";

const migration = new tidbdms.TidbDmsMigration("migration", {
    tier: tidbdms.Tier.Starter,
    connectivity: tidbdms.Connectivity.PublicEndpoint,
    endpointType: tidbdms.EndpointType.Target,
    cluster: {
        host: "gateway01.us-west-2.prod.aws.tidbcloud.com",
        username: "4fXyZ8example.dms_user",
        password: password(),
    },
    replication: {
        mode: tidbdms.ReplicationMode.Serverless,
    },
    task: {
        otherEndpointArn: sourceEndpointArn,
        schemas: ["app"],
    },
});

export const vpcId = migration.vpcId;
export const replicationConfigArn = migration.replicationConfigArn;
