using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The provisioned replication instance (Instance mode).</summary>
internal static class ReplicationInstanceBuilder
{
    public const string NetworkType = "IPV4";

    public static string Add(PlanBuilder plan, PlanScope scope, IConnectivityStrategy strategy, string subnetGroup, NetworkResources network)
    {
        var replication = scope.Args.Replication;
        var name = scope.Names.ReplicationInstance;

        // Waits for its subnet group and security group (and, through the input's dependencies, the
        // KMS key): DMS places the instance with them, and neither can be deleted while it lives.
        // Not for the path to the cluster: an instance connects nowhere until a task runs, and the
        // task waits for the path. A publicly accessible instance also waits for the internet
        // gateway, so destroy deletes it first (AWS refuses to detach the gateway while the
        // instance holds a public address), and for the route table and associations that make its
        // subnets public, so its address routes from the moment it is available until it is gone
        // (they take about a second, beside the subnet group).
        var instance = plan.Add(
            AwsTypes.ReplicationInstance,
            name,
            new InputMap
            {
                { AwsInputs.ReplicationInstance.ReplicationInstanceId, PlanValue.Of(scope.Ids.ReplicationInstance) },
                { AwsInputs.ReplicationInstance.ReplicationInstanceClass, ArgValues.Of(replication.InstanceClass) },
                { AwsInputs.ReplicationInstance.AllocatedStorage, ArgValues.Of(replication.AllocatedStorage) },
                { AwsInputs.ReplicationInstance.MultiAz, ArgValues.Of(replication.MultiAz) },
                { AwsInputs.ReplicationInstance.EngineVersion, ArgValues.OfOptional(replication.EngineVersion) },
                { AwsInputs.ReplicationInstance.KmsKeyArn, ArgValues.OfOptional(replication.KmsKeyArn) },
                { AwsInputs.ReplicationInstance.PubliclyAccessible, PlanValue.Of(strategy.PubliclyAccessible) },
                { AwsInputs.ReplicationInstance.ReplicationSubnetGroupId, new PlanValue.Ref(subnetGroup, AwsOutputs.ReplicationSubnetGroupId) },
                { AwsInputs.ReplicationInstance.VpcSecurityGroupIds, DmsSecurityGroupIds(scope) },
                { AwsInputs.ReplicationInstance.NetworkType, PlanValue.Of(NetworkType) },
                { AwsInputs.ReplicationInstance.AutoMinorVersionUpgrade, ArgValues.Of(AutoMinorVersionUpgrade(replication)) },
                { AwsInputs.ReplicationInstance.PreferredMaintenanceWindow, ArgValues.OfOptional(replication.PreferredMaintenanceWindow) },
                { AwsInputs.ReplicationInstance.ApplyImmediately, ArgValues.Of(replication.ApplyImmediately ?? Input<bool>.Known(Defaults.ApplyImmediately)) },
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            dependsOn: network.Routing.PublicAddressing);

        plan.Output(ContractOutputs.ReplicationInstanceArn, new PlanValue.Ref(instance, AwsOutputs.ReplicationInstanceArn));
        plan.Output(ContractOutputs.ReplicationInstancePrivateIps, new PlanValue.Ref(instance, AwsOutputs.ReplicationInstancePrivateIps));
        if (strategy.PubliclyAccessible)
        {
            plan.Output(ContractOutputs.ReplicationInstancePublicIps, new PlanValue.Ref(instance, AwsOutputs.ReplicationInstancePublicIps));
        }

        return instance;
    }

    /// <summary>The reader's value, or (for args built without it) the contract's default for the pin.</summary>
    private static Input<bool> AutoMinorVersionUpgrade(ReplicationArgs replication) =>
        replication.AutoMinorVersionUpgrade ?? Input<bool>.Known(Defaults.AutoMinorVersionUpgradeFor(replication.EngineVersion is not null));

    public static PlanValue DmsSecurityGroupIds(PlanScope scope) =>
        new PlanValue.List([new PlanValue.Ref(scope.Names.DmsSecurityGroup, AwsOutputs.Id)]);
}
