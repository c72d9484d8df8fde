// Two mistakes the component refuses before anything is created: a Dedicated cluster's public endpoint
// without its CA certificate, and a VPC CIDR that is not one.
import * as tidbdms from "@tidb-dms/tidb-dms";
import { password } from "../common";

const migration = new tidbdms.TidbDmsMigration("migration", {
    tier: tidbdms.Tier.Dedicated,
    connectivity: tidbdms.Connectivity.PublicEndpoint,
    endpointType: tidbdms.EndpointType.Target,
    cluster: {
        host: "tidb.abc123.clusters.tidb-cloud.com",
        username: "root",
        password: password(),
    },
    network: {
        vpcCidr: "10.0.0.0/33",
    },
});

export const vpcId = migration.vpcId;
