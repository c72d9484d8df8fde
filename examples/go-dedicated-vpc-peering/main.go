// TiDB Cloud Dedicated as the DMS target over VPC peering: DMS reaches the cluster's private
// addresses through the peering connection TiDB Cloud requested, accepted by the component.
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
			Tier:         tidbdms.TierDedicated,
			Connectivity: tidbdms.ConnectivityVpcPeering,
			EndpointType: tidbdms.EndpointTypeTarget,
			Cluster: &tidbdms.ClusterArgs{
				// The private host from the Connect dialog (Connection Type "VPC Peering").
				Host:     pulumi.String(cfg.Require("tidbHost")),
				Username: pulumi.String(cfg.Require("tidbUser")),
				Password: cfg.RequireSecret("tidbPassword"),
				SslMode:  tidbdms.SslModeVerifyFull,
				// Dedicated clusters have their own CA: download it from the Connect dialog.
				CaCertificatePem: cfg.RequireSecret("tidbCaPem"),
			},
			Network: &tidbdms.NetworkArgs{
				// Must not overlap the TiDB Cloud project CIDR below.
				VpcCidr: pulumi.String("10.40.0.0/16"),
			},
			VpcPeering: &tidbdms.VpcPeeringArgs{
				PeeringConnectionId: pulumi.String(cfg.Require("peeringConnectionId")),
				TidbCidr:            pulumi.String(cfg.Require("tidbCidr")),
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
