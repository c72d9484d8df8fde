using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The DMS replication subnet group over the topology's subnet-group subnets.</summary>
internal static class SubnetGroupBuilder
{
    public const string Description = "Subnets for AWS DMS replication to TiDB Cloud - managed by tidb-dms";

    public static string Add(PlanBuilder plan, PlanScope scope, NetworkResources network, DmsRoles roles)
    {
        var name = scope.Names.SubnetGroup;

        // DMS checks dms-vpc-role when the group is created; the role alone is not enough, it needs
        // its policy. Backwards, the policy stays until the group (and the instance, which waits for
        // the group) is gone, as DMS manages their network interfaces with it.
        var group = plan.Add(
            AwsTypes.ReplicationSubnetGroup,
            name,
            new InputMap
            {
                { AwsInputs.ReplicationSubnetGroup.ReplicationSubnetGroupId, PlanValue.Of(scope.Ids.ReplicationSubnetGroup) },
                { AwsInputs.ReplicationSubnetGroup.ReplicationSubnetGroupDescription, PlanValue.Of(Description) },
                { AwsInputs.Common.SubnetIds, network.SubnetGroupSubnetIds },
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            dependsOn: roles.VpcPolicyAttachment is null ? null : [roles.VpcPolicyAttachment]);
        plan.Output(ContractOutputs.ReplicationSubnetGroupId, new PlanValue.Ref(group, AwsOutputs.ReplicationSubnetGroupId));
        return group;
    }
}
