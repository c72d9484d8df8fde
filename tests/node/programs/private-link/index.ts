// Essential over AWS PrivateLink: an interface endpoint to the cluster's endpoint service, no internet path.
import * as tidbdms from "@tidb-dms/tidb-dms";
import { password } from "../common";

const migration = new tidbdms.TidbDmsMigration("migration", {
    tier: tidbdms.Tier.Essential,
    connectivity: tidbdms.Connectivity.PrivateEndpoint,
    endpointType: tidbdms.EndpointType.Target,
    cluster: {
        host: "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com",
        username: "4fXyZ8example.dms_user",
        password: password(),
    },
    privateEndpoint: {
        serviceName: "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0",
    },
});

export const vpcId = migration.vpcId;
export const vpcEndpointId = migration.vpcEndpointId;
export const replicationInstanceArn = migration.replicationInstanceArn;
