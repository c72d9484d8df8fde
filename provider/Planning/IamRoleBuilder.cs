using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The account-wide DMS roles, when <c>dmsIamRoles: Create</c>. DMS finds them by their exact
/// names, so they cannot be prefixed; they carry the owner tag so a later update can tell them
/// from roles someone else made.
/// </summary>
internal static class IamRoleBuilder
{
    public const string DmsServicePrincipal = "dms.amazonaws.com";

    public const string AssumeRolePolicy =
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"dms.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    public const string VpcManagementPolicy = "AmazonDMSVPCManagementRole";
    public const string CloudWatchLogsPolicy = "AmazonDMSCloudWatchLogsRole";

    public static DmsRoles Add(PlanBuilder plan, PlanScope scope)
    {
        if (scope.Args.DmsIamRoles != DmsIamRoles.Create)
        {
            return DmsRoles.None;
        }

        var names = scope.Names;
        var vpcPolicy = AddRole(plan, scope, names.DmsVpcRole, names.DmsVpcRolePolicy, DmsRoleNames.Vpc, VpcManagementPolicy);
        var logsPolicy = DmsRoleNames.NeededFor(scope.Args).Contains(DmsRoleNames.CloudWatchLogs)
            ? AddRole(plan, scope, names.DmsLogsRole, names.DmsLogsRolePolicy, DmsRoleNames.CloudWatchLogs, CloudWatchLogsPolicy)
            : null;
        var serviceLinked = scope.Args.Replication.Mode != ReplicationMode.Serverless ? null : plan.Add(
            AwsTypes.ServiceLinkedRole,
            names.DmsServerlessRole,
            new InputMap
            {
                { AwsInputs.ServiceLinkedRole.AwsServiceName, PlanValue.Of(DmsServicePrincipal) },
                { AwsInputs.Common.Tags, OwnedTags(scope, names.DmsServerlessRole) },
            });
        return new DmsRoles(vpcPolicy, logsPolicy, serviceLinked);
    }

    /// <summary>An AWS managed DMS policy in the context's partition (aws, aws-cn, aws-us-gov).</summary>
    public static string ManagedPolicyArn(string partition, string policy) => $"arn:{partition}:iam::aws:policy/service-role/{policy}";

    /// <summary>
    /// Adds the role and its policy attachment; returns the attachment, which is what DMS actually
    /// waits for. The attachment refers to the role, so it is detached before the role is deleted
    /// (IAM refuses to delete a role that still has a managed policy attached).
    /// </summary>
    private static string AddRole(PlanBuilder plan, PlanScope scope, string name, string attachmentName, string roleName, string policy)
    {
        var role = plan.Add(
            AwsTypes.Role,
            name,
            new InputMap
            {
                { AwsInputs.Role.Name, PlanValue.Of(roleName) },
                { AwsInputs.Role.AssumeRolePolicy, PlanValue.Of(AssumeRolePolicy) },
                { AwsInputs.Common.Tags, OwnedTags(scope, name) },
            });
        return plan.Add(
            AwsTypes.RolePolicyAttachment,
            attachmentName,
            new InputMap
            {
                { AwsInputs.RolePolicyAttachment.Role, new PlanValue.Ref(role, AwsOutputs.Name) },
                { AwsInputs.RolePolicyAttachment.PolicyArn, PlanValue.Of(ManagedPolicyArn(scope.Context.Partition, policy)) },
            });
    }

    private static PlanValue OwnedTags(PlanScope scope, string name) => scope.Tags.For(name, (DmsRoleNames.OwnerTagKey, scope.Owner));
}
