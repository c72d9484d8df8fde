// Starter over its public endpoint, DMS in private subnets behind one NAT gateway, a full load + CDC task.
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
    network: {
        vpcCidr: "10.20.0.0/16",
        publicAccess: tidbdms.PublicAccess.NatGateway,
        natGateways: tidbdms.NatGatewayStrategy.Single,
    },
    task: {
        otherEndpointArn: sourceEndpointArn,
        migrationType: tidbdms.MigrationType.FullLoadAndCdc,
        schemas: ["app"],
    },
});

export const vpcId = migration.vpcId;
export const natGatewayPublicIps = migration.natGatewayPublicIps;
export const replicationInstanceArn = migration.replicationInstanceArn;
export const tidbEndpointArn = migration.tidbEndpointArn;
export const replicationTaskArn = migration.replicationTaskArn;
