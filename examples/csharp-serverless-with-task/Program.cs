// DMS Serverless into TiDB Cloud Starter: no replication instance to size; the replication config
// scales between the capacity units given, and is defined with both endpoints. The C# twin of
// ../serverless-with-task, on the generated .NET SDK.
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
            Host = config.Require("tidbHost"),
            // Starter user names carry the cluster's prefix: <prefix>.<name>.
            Username = config.Require("tidbUser"),
            // The .NET SDK marks the password secret itself; the component keeps it secret in its children.
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
        // Required with Serverless: the replication is defined with both endpoints and its tables.
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
