using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The input that is a child's name in AWS, for the types the planner names itself (DMS
/// identifiers, the fixed DMS role names) instead of letting pulumi-aws auto-name them.
/// </summary>
/// <remarks>
/// Pulumi replaces a resource by creating the new one before deleting the old one; with a fixed
/// name the create fails ("already exists"): a Dedicated CA rotation replaces the DMS certificate
/// under the same <c>certificateId</c>, for example. Such children must be replaced delete-first.
/// </remarks>
internal static class PhysicalNames
{
    private static readonly ImmutableDictionary<string, string> NameInputByType = new Dictionary<string, string>
    {
        [AwsTypes.ReplicationSubnetGroup] = AwsInputs.ReplicationSubnetGroup.ReplicationSubnetGroupId,
        [AwsTypes.ReplicationInstance] = AwsInputs.ReplicationInstance.ReplicationInstanceId,
        [AwsTypes.Certificate] = AwsInputs.Certificate.CertificateId,
        [AwsTypes.Endpoint] = AwsInputs.Endpoint.EndpointId,
        [AwsTypes.ReplicationTask] = AwsInputs.ReplicationTask.ReplicationTaskId,
        [AwsTypes.ReplicationConfig] = AwsInputs.ReplicationConfig.ReplicationConfigIdentifier,
        [AwsTypes.Role] = AwsInputs.Role.Name,
        [AwsTypes.EventSubscription] = AwsInputs.EventSubscription.Name,

        // One per service and account: its "name" is the service it is for.
        [AwsTypes.ServiceLinkedRole] = AwsInputs.ServiceLinkedRole.AwsServiceName,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>True when the child sets its own AWS name, so a replacement must delete the old one first.</summary>
    public static bool AreFixed(PlannedResource resource) =>
        NameInputByType.TryGetValue(resource.Type, out var input) && resource.Inputs.ContainsKey(input);
}
