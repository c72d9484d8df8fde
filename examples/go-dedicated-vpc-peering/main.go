// TiDB Cloud Dedicated as the DMS target over VPC peering: the component accepts the peering
// connection TiDB Cloud requested and routes the TiDB project CIDR through it. The Go twin of
// ../dedicated-vpc-peering, on the generated Go SDK.
package main

import (
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
	"github.com/tidb-dms/tidb-dms/sdk/go/tidbdms"
)

func main() {
	pulumi.Run(func(ctx *pulumi.Context) error {
		cfg := config.New(ctx, "")

		migration, err := tidbdms.NewTidbDmsMigration(ctx, "migration", &tidbdms.TidbDmsMigrationArgs{
			// Plain values, not inputs: they decide which resources exist, so a preview must know them.
			Tier:         tidbdms.TierDedicated,
			Connectivity: tidbdms.ConnectivityVpcPeering,
			EndpointType: tidbdms.EndpointTypeTarget,
			Cluster: &tidbdms.ClusterArgs{
				// The VPC peering host from the Connect dialog.
				Host:     pulumi.String(cfg.Require("tidbHost")),
				Username: pulumi.String(cfg.Require("tidbUser")),
				// A secret output, so it stays encrypted in the state; the component keeps it secret in its children.
				Password: cfg.RequireSecret("tidbPassword"),
			},
			// A plain struct pointer too: the network's shape must be known in a preview.
			Network: &tidbdms.NetworkArgs{
				// Must not overlap the TiDB Cloud project CIDR.
				VpcCidr: pulumi.String("10.0.0.0/16"),
			},
			VpcPeering: &tidbdms.VpcPeeringArgs{
				// The pcx-... id TiDB Cloud shows once the peering request names this VPC's id and CIDR.
				PeeringConnectionId: pulumi.String(cfg.Require("peeringConnectionId")),
				// The TiDB Cloud project CIDR of the region (Project Settings > Network Access).
				TidbCidr: pulumi.String(cfg.Require("tidbProjectCidr")),
			},
		})
		if err != nil {
			return err
		}

		ctx.Export("vpcId", migration.VpcId)
		ctx.Export("privateSubnetIds", migration.PrivateSubnetIds)
		ctx.Export("replicationInstanceArn", migration.ReplicationInstanceArn)
		ctx.Export("tidbEndpointArn", migration.TidbEndpointArn)
		return nil
	})
}
