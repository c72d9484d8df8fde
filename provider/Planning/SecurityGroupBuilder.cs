using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The DMS security group and its egress rules, plus the group and rule shapes the PrivateLink
/// endpoint reuses. Rules are standalone resources, never inline: users may add their own rules
/// to <c>securityGroupId</c>, and inline rules would remove them on every update.
/// </summary>
internal static class SecurityGroupBuilder
{
    public const string TcpProtocol = "tcp";
    public const int HttpsPort = 443;

    /// <summary>Security group descriptions are create-only in AWS, so they are constants (and ASCII, as AWS requires).</summary>
    public const string DmsGroupDescription = "AWS DMS replication to TiDB Cloud - managed by tidb-dms";

    /// <summary>Adds the DMS group, what the strategy needs to reach the cluster, then the egress rules.</summary>
    public static DmsSecurity AddDmsSecurityGroup(PlanBuilder plan, PlanScope scope, IConnectivityStrategy strategy, NetworkResources network)
    {
        var names = scope.Names;
        var group = AddGroup(plan, scope, names.DmsSecurityGroup, DmsGroupDescription);
        var access = strategy.AddClusterAccess(plan, scope, network);
        var egress = ImmutableArray.CreateBuilder<string>();
        egress.Add(AddTcpRule(
            plan, scope, AwsTypes.SecurityGroupEgressRule, names.DmsEgressTidb, group, scope.ClusterPort,
            access.EgressDestinationInput, access.EgressDestination, "TiDB Cloud cluster port"));
        if (access.HttpsEgress)
        {
            egress.Add(AddTcpRule(
                plan, scope, AwsTypes.SecurityGroupEgressRule, names.DmsEgressHttps, group, PlanValue.Of(HttpsPort),
                AwsInputs.SecurityGroupRule.CidrIpv4, PlanValue.Of(ClusterAccess.AnyIpv4), "HTTPS to AWS service APIs"));
        }

        plan.Output(ContractOutputs.SecurityGroupId, new PlanValue.Ref(group, AwsOutputs.Id));
        return new DmsSecurity(group, egress.ToImmutable(), access);
    }

    public static string AddGroup(PlanBuilder plan, PlanScope scope, string name, string description) => plan.Add(
        AwsTypes.SecurityGroup,
        name,
        new InputMap
        {
            { AwsInputs.Common.VpcId, scope.VpcId },
            { AwsInputs.Common.Description, PlanValue.Of(description) },
            { AwsInputs.SecurityGroup.RevokeRulesOnDelete, PlanValue.Of(true) },
            { AwsInputs.Common.Tags, scope.Tags.For(name) },
        });

    /// <summary>
    /// A one-port TCP rule of <paramref name="group"/> (egress or ingress by <paramref name="type"/>) to
    /// or from the peer. It refers to its group (and to a peer group): deleted before either, as AWS
    /// refuses to delete a group another group's rule still references.
    /// </summary>
    public static string AddTcpRule(
        PlanBuilder plan,
        PlanScope scope,
        string type,
        string name,
        string group,
        PlanValue port,
        string peerInput,
        PlanValue peer,
        string description) => plan.Add(
        type,
        name,
        new InputMap
        {
            { AwsInputs.SecurityGroupRule.SecurityGroupId, new PlanValue.Ref(group, AwsOutputs.Id) },
            { AwsInputs.SecurityGroupRule.IpProtocol, PlanValue.Of(TcpProtocol) },
            { AwsInputs.SecurityGroupRule.FromPort, port },
            { AwsInputs.SecurityGroupRule.ToPort, port },
            { peerInput, peer },
            { AwsInputs.Common.Description, PlanValue.Of(description) },
            { AwsInputs.Common.Tags, scope.Tags.For(name) },
        });
}
