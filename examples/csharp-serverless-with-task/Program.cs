// DMS Serverless into TiDB Cloud Starter: no replication instance to size; the replication config
// scales between the capacity units given, and is defined with both endpoints.
using System.Collections.Generic;
using Pulumi;
using TidbDms.Sdk;
using TidbDms.Sdk.Inputs;

return await Deployment.RunAsync(() =>
{
    var config = new Config();

    var migration = new TidbDmsMigration("migration", new TidbDmsMigrationArgs
    {
        Tier = Tier.Starter,
        Connectivity = Connectivity.PublicEndpoint,
        EndpointType = EndpointType.Target,
        Cluster = new ClusterArgs
        {
            Host = config.Get("tidbHost") ?? "gateway01.us-west-2.prod.aws.tidbcloud.com",
            Username = config.Get("tidbUser") ?? "4fXyZ8example.dms_user",
            // The .NET SDK keeps this secret itself; the component does too, whatever the language.
            Password = config.RequireSecret("tidbPassword"),
        },
        // Serverless has no public access: it always runs in private subnets behind NAT.
        Network = new NetworkArgs { PublicAccess = PublicAccess.NatGateway },
        Replication = new ReplicationArgs
        {
            Mode = ReplicationMode.Serverless,
            MinCapacityUnits = 1,
            MaxCapacityUnits = 8,
        },
        Task = new TaskArgs
        {
            OtherEndpointArn = config.Require("sourceEndpointArn"),
            MigrationType = MigrationType.FullLoadAndCdc,
            Schemas = { "shop" },
            StartReplicationTask = false,
        },
    });

    return new Dictionary<string, object?>
    {
        ["replicationConfigArn"] = migration.ReplicationConfigArn,
        ["natGatewayPublicIps"] = migration.NatGatewayPublicIps,
        ["tidbEndpointArn"] = migration.TidbEndpointArn,
    };
});
