"""TiDB Cloud Essential as the DMS target over AWS PrivateLink: traffic never leaves AWS's network.

The Python twin of ../essential-private-endpoint: the same inputs, through the generated SDK's typed
argument classes and enums.
"""

import pulumi
import pulumi_tidb_dms as tidb_dms

config = pulumi.Config()

migration = tidb_dms.TidbDmsMigration(
    "migration",
    tier=tidb_dms.Tier.ESSENTIAL,
    connectivity=tidb_dms.Connectivity.PRIVATE_ENDPOINT,
    endpoint_type=tidb_dms.EndpointType.TARGET,
    cluster=tidb_dms.ClusterArgs(
        # The private endpoint host from the Connect dialog (Connection Type "Private Endpoint").
        host=config.require("tidbHost"),
        # Essential user names carry the cluster's prefix: <prefix>.<name>.
        username=config.require("tidbUser"),
        # A secret output, so it stays encrypted in the state; the component keeps it secret in its children.
        password=config.require_secret("tidbPassword"),
    ),
    network=tidb_dms.NetworkArgs(
        vpc_cidr="10.30.0.0/16",
        # The zones the TiDB endpoint service is offered in (its zone IDs map to these names in your account).
        availability_zones=["us-east-1a", "us-east-1b"],
    ),
    private_endpoint=tidb_dms.PrivateEndpointArgs(
        # The Service Name from the same dialog: com.amazonaws.vpce.<region>.vpce-svc-...
        service_name=config.require("endpointServiceName"),
        private_dns_enabled=True,
    ),
)

pulumi.export("vpcId", migration.vpc_id)
pulumi.export("vpcEndpointId", migration.vpc_endpoint_id)
pulumi.export("replicationInstanceArn", migration.replication_instance_arn)
pulumi.export("tidbEndpointArn", migration.tidb_endpoint_arn)
