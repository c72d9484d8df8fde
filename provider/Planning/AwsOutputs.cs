namespace TidbDms.Provider.Planning;

/// <summary>
/// The pulumi-aws output names that plan references read. A test checks each reference against
/// the referenced type's outputs in the pulumi-aws reference (<c>id</c> exists on every resource).
/// </summary>
internal static class AwsOutputs
{
    public const string Id = "id";
    public const string Name = "name";
    public const string Arn = "arn";
    public const string AllocationId = "allocationId";
    public const string PublicIp = "publicIp";
    public const string ReplicationSubnetGroupId = "replicationSubnetGroupId";
    public const string ReplicationInstanceArn = "replicationInstanceArn";
    public const string ReplicationInstancePublicIps = "replicationInstancePublicIps";
    public const string ReplicationInstancePrivateIps = "replicationInstancePrivateIps";
    public const string CertificateArn = "certificateArn";
    public const string EndpointArn = "endpointArn";
    public const string ReplicationTaskArn = "replicationTaskArn";
    public const string ReplicationInstanceId = "replicationInstanceId";
    public const string ReplicationTaskId = "replicationTaskId";
}
