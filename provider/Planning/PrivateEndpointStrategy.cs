using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// A private endpoint over AWS PrivateLink: an interface VPC endpoint in the private subnets, whose
/// security group admits the cluster port from the DMS security group only. No internet route.
/// </summary>
internal sealed class PrivateEndpointStrategy(PrivateEndpointArgs privateEndpoint) : IConnectivityStrategy
{
    public const string InterfaceEndpointType = "Interface";
    public const string EndpointGroupDescription = "TiDB Cloud PrivateLink endpoint - managed by tidb-dms";

    public bool PubliclyAccessible => false;

    public SubnetLayout Layout(int zoneCount) => new(zoneCount, 0, SubnetGroupIsPublic: false);

    /// <summary>An explicit route table without routes: the subnets reach only the VPC, and through it the endpoint.</summary>
    public RoutingResources AddRouting(
        PlanBuilder plan, PlanScope scope, ImmutableArray<string> privateSubnets, ImmutableArray<string> publicSubnets) =>
        new(RoutingBuilder.AddSharedPrivateRouting(plan, scope, privateSubnets), []);

    public ClusterAccess AddClusterAccess(PlanBuilder plan, PlanScope scope, NetworkResources network)
    {
        var names = scope.Names;
        var endpointGroup = SecurityGroupBuilder.AddGroup(plan, scope, names.EndpointSecurityGroup, EndpointGroupDescription);
        var ingress = SecurityGroupBuilder.AddTcpRule(
            plan, scope, AwsTypes.SecurityGroupIngressRule, names.EndpointIngress, endpointGroup, scope.ClusterPort,
            AwsInputs.SecurityGroupRule.ReferencedSecurityGroupId, new PlanValue.Ref(names.DmsSecurityGroup, AwsOutputs.Id),
            "TiDB port from the DMS security group");
        var endpoint = plan.Add(
            AwsTypes.VpcEndpoint,
            names.VpcEndpoint,
            new InputMap
            {
                { AwsInputs.Common.VpcId, scope.VpcId },
                { AwsInputs.VpcEndpoint.ServiceName, ArgValues.Of(privateEndpoint.ServiceName) },
                { AwsInputs.VpcEndpoint.VpcEndpointType, PlanValue.Of(InterfaceEndpointType) },
                { AwsInputs.Common.SubnetIds, network.PrivateSubnetIds },
                { AwsInputs.VpcEndpoint.SecurityGroupIds, PlanValue.ListOf([new PlanValue.Ref(endpointGroup, AwsOutputs.Id)]) },
                { AwsInputs.VpcEndpoint.PrivateDnsEnabled, ArgValues.Of(privateEndpoint.PrivateDnsEnabled) },
                { AwsInputs.Common.Tags, scope.Tags.For(names.VpcEndpoint) },
            });
        // The DMS endpoint does not wait for these: creating it stores settings and connects
        // nowhere. What connects (a task, a started Serverless replication) waits for them.
        return new ClusterAccess(
            AwsInputs.SecurityGroupRule.ReferencedSecurityGroupId,
            new PlanValue.Ref(endpointGroup, AwsOutputs.Id),
            HttpsEgress: false,
            [endpoint, ingress]);
    }

    public void AddOutputs(PlanBuilder plan, PlanScope scope) =>
        plan.Output(ContractOutputs.VpcEndpointId, new PlanValue.Ref(scope.Names.VpcEndpoint, AwsOutputs.Id));
}
