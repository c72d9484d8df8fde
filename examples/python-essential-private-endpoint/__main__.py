"""TiDB Cloud Essential as the DMS target over AWS PrivateLink: traffic never leaves AWS's network."""

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
        host=config.get("tidbHost") or "gateway01-privatelink.us-east-1.prod.aws.tidbcloud.com",
        username=config.get("tidbUser") or "2kQwE7example.dms_user",
        # Secret in state; the component keeps it secret in every child and output too.
        password=config.require_secret("tidbPassword"),
    ),
    network=tidb_dms.NetworkArgs(
        vpc_cidr="10.30.0.0/16",
        # The zones the TiDB endpoint service is offered in.
        availability_zones=["us-east-1a", "us-east-1b"],
    ),
    private_endpoint=tidb_dms.PrivateEndpointArgs(
        # The Service Name from the same dialog.
        service_name=config.get("endpointServiceName") or "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0",
        private_dns_enabled=True,
    ),
)

pulumi.export("vpcId", migration.vpc_id)
pulumi.export("vpcEndpointId", migration.vpc_endpoint_id)
pulumi.export("replicationInstanceArn", migration.replication_instance_arn)
pulumi.export("tidbEndpointArn", migration.tidb_endpoint_arn)
