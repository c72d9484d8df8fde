using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// Credentials from AWS Secrets Manager (<c>cluster.secretsManagerSecretArn</c>): the role DMS
/// assumes to read the secret, with least privilege, and for DMS Serverless (which reaches Secrets
/// Manager only through a VPC endpoint) an interface endpoint in the DMS subnets.
/// </summary>
internal static class SecretsAccessBuilder
{
    public const string PolicyVersion = "2012-10-17";
    public const string GetSecretValue = "secretsmanager:GetSecretValue";
    public const string KmsDecrypt = "kms:Decrypt";
    public const string EndpointGroupDescription = "AWS Secrets Manager endpoint for DMS - managed by tidb-dms";
    public const string RoleDescription = "Lets AWS DMS read the TiDB Cloud cluster's credentials secret - managed by tidb-dms";

    /// <summary>The regional DMS service principal: only DMS in the stack's region may assume the role.</summary>
    public static string DmsRegionalPrincipal(string region) => $"dms.{region}.amazonaws.com";

    /// <summary>The Secrets Manager service name an interface endpoint connects to.</summary>
    public static string SecretsManagerServiceName(string region) => $"com.amazonaws.{region}.secretsmanager";

    /// <summary>The role may be assumed by the regional DMS principal, on behalf of this account only.</summary>
    public static string TrustPolicy(string region, string accountId) =>
        $"{{\"Version\":\"{PolicyVersion}\",\"Statement\":[{{\"Effect\":\"Allow\",\"Principal\":{{\"Service\":\"{DmsRegionalPrincipal(region)}\"}},\"Action\":\"sts:AssumeRole\",\"Condition\":{{\"StringEquals\":{{\"aws:SourceAccount\":\"{accountId}\"}}}}}}]}}";

    /// <returns>null when the credentials do not come from Secrets Manager.</returns>
    public static SecretsAccess? Add(PlanBuilder plan, PlanScope scope, NetworkResources network)
    {
        var cluster = scope.Args.Cluster;
        if (cluster.SecretsManagerSecretArn is not { } secret)
        {
            return null;
        }

        var names = scope.Names;
        var context = scope.Context;

        // Auto-named (no fixed name): one per component, so several stacks in an account never collide.
        var role = plan.Add(
            AwsTypes.Role,
            names.SecretsAccessRole,
            new InputMap
            {
                { AwsInputs.Role.AssumeRolePolicy, PlanValue.Of(TrustPolicy(context.Region, context.AccountId)) },
                { AwsInputs.Common.Description, PlanValue.Of(RoleDescription) },
                { AwsInputs.Common.Tags, scope.Tags.For(names.SecretsAccessRole) },
            });

        // An inline policy, not a managed one: it belongs to this role alone and goes with it.
        var policy = plan.Add(
            AwsTypes.RolePolicy,
            names.SecretsAccessPolicy,
            new InputMap
            {
                { AwsInputs.RolePolicy.Role, new PlanValue.Ref(role, AwsOutputs.Name) },
                { AwsInputs.RolePolicy.Policy, AccessPolicy(context.Region, ArgValues.Of(secret), cluster.SecretsManagerKmsKeyArn is { } key ? ArgValues.Of(key) : null) },
            });

        ImmutableArray<string> path = scope.Args.Replication.Mode == ReplicationMode.Serverless
            ? [policy, .. AddServerlessEndpoint(plan, scope, network)]
            : [policy];
        plan.Output(ContractOutputs.SecretsAccessRoleArn, new PlanValue.Ref(role, AwsOutputs.Arn));
        return new SecretsAccess(role, path);
    }

    /// <summary>
    /// GetSecretValue on exactly the secret's ARN, and (with a customer-managed key) Decrypt on
    /// exactly that key, only when Secrets Manager asks for it in this region. The ARNs may be
    /// unknown in a preview, so the document is a concatenation; the validator has checked they are
    /// ARNs (no character that needs escaping in JSON).
    /// </summary>
    public static PlanValue AccessPolicy(string region, PlanValue secretArn, PlanValue? kmsKeyArn)
    {
        List<PlanValue> parts =
        [
            PlanValue.Of($"{{\"Version\":\"{PolicyVersion}\",\"Statement\":[{{\"Sid\":\"ReadTheClusterSecret\",\"Effect\":\"Allow\",\"Action\":\"{GetSecretValue}\",\"Resource\":\""),
            secretArn,
            PlanValue.Of("\"}"),
        ];
        if (kmsKeyArn is not null)
        {
            parts.Add(PlanValue.Of($",{{\"Sid\":\"DecryptTheClusterSecret\",\"Effect\":\"Allow\",\"Action\":\"{KmsDecrypt}\",\"Resource\":\""));
            parts.Add(kmsKeyArn);
            parts.Add(PlanValue.Of($"\",\"Condition\":{{\"StringEquals\":{{\"kms:ViaService\":\"secretsmanager.{region}.amazonaws.com\"}}}}}}"));
        }

        parts.Add(PlanValue.Of("]}"));
        return new PlanValue.Concat([.. parts]);
    }

    /// <summary>
    /// The interface endpoint with private DNS (the VPC has DNS support and host names), in the DMS
    /// subnets, whose group admits HTTPS from the DMS security group only; and the DMS group's
    /// HTTPS egress to it (PrivateLink and peering give DMS no other HTTPS egress).
    /// </summary>
    private static ImmutableArray<string> AddServerlessEndpoint(PlanBuilder plan, PlanScope scope, NetworkResources network)
    {
        var names = scope.Names;
        var https = PlanValue.Of(SecurityGroupBuilder.HttpsPort);
        var group = SecurityGroupBuilder.AddGroup(plan, scope, names.SecretsEndpointSecurityGroup, EndpointGroupDescription);
        var ingress = SecurityGroupBuilder.AddTcpRule(
            plan, scope, AwsTypes.SecurityGroupIngressRule, names.SecretsEndpointIngress, group, https,
            AwsInputs.SecurityGroupRule.ReferencedSecurityGroupId, new PlanValue.Ref(names.DmsSecurityGroup, AwsOutputs.Id),
            "HTTPS from the DMS security group");
        var egress = SecurityGroupBuilder.AddTcpRule(
            plan, scope, AwsTypes.SecurityGroupEgressRule, names.DmsEgressSecrets, names.DmsSecurityGroup, https,
            AwsInputs.SecurityGroupRule.ReferencedSecurityGroupId, new PlanValue.Ref(group, AwsOutputs.Id),
            "HTTPS to the Secrets Manager endpoint");
        var endpoint = plan.Add(
            AwsTypes.VpcEndpoint,
            names.SecretsEndpoint,
            new InputMap
            {
                { AwsInputs.Common.VpcId, scope.VpcId },
                { AwsInputs.VpcEndpoint.ServiceName, PlanValue.Of(SecretsManagerServiceName(scope.Context.Region)) },
                { AwsInputs.VpcEndpoint.VpcEndpointType, PlanValue.Of(PrivateEndpointStrategy.InterfaceEndpointType) },
                { AwsInputs.Common.SubnetIds, network.SubnetGroupSubnetIds },
                { AwsInputs.VpcEndpoint.SecurityGroupIds, PlanValue.ListOf([new PlanValue.Ref(group, AwsOutputs.Id)]) },
                { AwsInputs.VpcEndpoint.PrivateDnsEnabled, PlanValue.Of(true) },
                { AwsInputs.Common.Tags, scope.Tags.For(names.SecretsEndpoint) },
            });
        return [endpoint, ingress, egress];
    }
}
