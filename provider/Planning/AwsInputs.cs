namespace TidbDms.Provider.Planning;

/// <summary>
/// Every pulumi-aws 7.48.0 input name the planner sets, grouped by the type that takes it
/// (nested object types after their owner). A test checks that each emitted name exists on its
/// type in the pulumi-aws reference, nested keys included.
/// </summary>
internal static class AwsInputs
{
    /// <summary>Names several types share with the same meaning.</summary>
    public static class Common
    {
        public const string Tags = "tags";
        public const string VpcId = "vpcId";
        public const string SubnetId = "subnetId";
        public const string SubnetIds = "subnetIds";
        public const string Description = "description";
    }

    public static class Vpc
    {
        public const string CidrBlock = "cidrBlock";
        public const string EnableDnsSupport = "enableDnsSupport";
        public const string EnableDnsHostnames = "enableDnsHostnames";
    }

    public static class Subnet
    {
        public const string CidrBlock = "cidrBlock";
        public const string AvailabilityZone = "availabilityZone";
        public const string MapPublicIpOnLaunch = "mapPublicIpOnLaunch";
    }

    public static class Eip
    {
        public const string Domain = "domain";
    }

    public static class NatGateway
    {
        public const string AllocationId = "allocationId";
        public const string ConnectivityType = "connectivityType";
    }

    public static class RouteTable
    {
        public const string Routes = "routes";
    }

    /// <summary><c>ec2.RouteTableRoute</c>: an inline route (<c>cidrBlock</c>, not the standalone route's <c>destinationCidrBlock</c>).</summary>
    public static class RouteTableRoute
    {
        public const string CidrBlock = "cidrBlock";
        public const string GatewayId = "gatewayId";
        public const string NatGatewayId = "natGatewayId";
        public const string VpcPeeringConnectionId = "vpcPeeringConnectionId";
    }

    public static class RouteTableAssociation
    {
        public const string RouteTableId = "routeTableId";
    }

    public static class SecurityGroup
    {
        public const string RevokeRulesOnDelete = "revokeRulesOnDelete";
    }

    /// <summary><c>vpc.SecurityGroupEgressRule</c> and <c>vpc.SecurityGroupIngressRule</c> take the same names.</summary>
    public static class SecurityGroupRule
    {
        public const string SecurityGroupId = "securityGroupId";
        public const string IpProtocol = "ipProtocol";
        public const string FromPort = "fromPort";
        public const string ToPort = "toPort";
        public const string CidrIpv4 = "cidrIpv4";
        public const string ReferencedSecurityGroupId = "referencedSecurityGroupId";
    }

    public static class VpcEndpoint
    {
        public const string ServiceName = "serviceName";
        public const string VpcEndpointType = "vpcEndpointType";
        public const string SecurityGroupIds = "securityGroupIds";
        public const string PrivateDnsEnabled = "privateDnsEnabled";
    }

    public static class VpcPeeringConnectionAccepter
    {
        public const string VpcPeeringConnectionId = "vpcPeeringConnectionId";
        public const string AutoAccept = "autoAccept";
    }

    public static class Role
    {
        public const string Name = "name";
        public const string AssumeRolePolicy = "assumeRolePolicy";
    }

    public static class RolePolicyAttachment
    {
        /// <summary>The role's name, not its ARN.</summary>
        public const string Role = "role";
        public const string PolicyArn = "policyArn";
    }

    public static class ServiceLinkedRole
    {
        public const string AwsServiceName = "awsServiceName";
    }

    public static class ReplicationSubnetGroup
    {
        public const string ReplicationSubnetGroupId = "replicationSubnetGroupId";
        public const string ReplicationSubnetGroupDescription = "replicationSubnetGroupDescription";
    }

    public static class ReplicationInstance
    {
        public const string ReplicationInstanceId = "replicationInstanceId";
        public const string ReplicationInstanceClass = "replicationInstanceClass";
        public const string AllocatedStorage = "allocatedStorage";
        public const string MultiAz = "multiAz";
        public const string EngineVersion = "engineVersion";
        public const string KmsKeyArn = "kmsKeyArn";
        public const string PubliclyAccessible = "publiclyAccessible";
        public const string ReplicationSubnetGroupId = "replicationSubnetGroupId";
        public const string VpcSecurityGroupIds = "vpcSecurityGroupIds";
        public const string NetworkType = "networkType";
        public const string AutoMinorVersionUpgrade = "autoMinorVersionUpgrade";
        public const string PreferredMaintenanceWindow = "preferredMaintenanceWindow";
        public const string ApplyImmediately = "applyImmediately";
    }

    public static class Certificate
    {
        public const string CertificateId = "certificateId";
        public const string CertificatePem = "certificatePem";
        public const string CertificateWallet = "certificateWallet";
    }

    public static class Endpoint
    {
        public const string EndpointId = "endpointId";
        public const string EndpointType = "endpointType";
        public const string EngineName = "engineName";
        public const string ServerName = "serverName";
        public const string Port = "port";
        public const string Username = "username";
        public const string Password = "password";
        public const string DatabaseName = "databaseName";
        public const string SslMode = "sslMode";
        public const string CertificateArn = "certificateArn";
        public const string ExtraConnectionAttributes = "extraConnectionAttributes";
    }

    public static class ReplicationTask
    {
        public const string ReplicationTaskId = "replicationTaskId";
        public const string MigrationType = "migrationType";
        public const string ReplicationInstanceArn = "replicationInstanceArn";
        public const string SourceEndpointArn = "sourceEndpointArn";
        public const string TargetEndpointArn = "targetEndpointArn";
        public const string TableMappings = "tableMappings";
        public const string StartReplicationTask = "startReplicationTask";
    }

    public static class ReplicationConfig
    {
        public const string ReplicationConfigIdentifier = "replicationConfigIdentifier";
        public const string ReplicationType = "replicationType";
        public const string SourceEndpointArn = "sourceEndpointArn";
        public const string TargetEndpointArn = "targetEndpointArn";
        public const string TableMappings = "tableMappings";
        public const string StartReplication = "startReplication";
        public const string ComputeConfig = "computeConfig";
    }

    /// <summary><c>dms.ReplicationConfigComputeConfig</c> (note <c>kmsKeyId</c>, where the instance says <c>kmsKeyArn</c>).</summary>
    public static class ComputeConfig
    {
        public const string ReplicationSubnetGroupId = "replicationSubnetGroupId";
        public const string MinCapacityUnits = "minCapacityUnits";
        public const string MaxCapacityUnits = "maxCapacityUnits";
        public const string MultiAz = "multiAz";
        public const string VpcSecurityGroupIds = "vpcSecurityGroupIds";
        public const string KmsKeyId = "kmsKeyId";
    }

    /// <summary>The second release's endpoint inputs (the credentials from Secrets Manager, the MySQL settings).</summary>
    public static class EndpointSecrets
    {
        public const string SecretsManagerArn = "secretsManagerArn";
        public const string SecretsManagerAccessRoleArn = "secretsManagerAccessRoleArn";
        public const string MysqlSettings = "mysqlSettings";
    }

    /// <summary><c>dms.EndpointMysqlSettings</c> (seconds and KB, where the component's inputs say so in their names).</summary>
    public static class EndpointMysqlSettings
    {
        public const string ParallelLoadThreads = "parallelLoadThreads";
        public const string MaxFileSize = "maxFileSize";
        public const string TargetDbType = "targetDbType";
        public const string AfterConnectScript = "afterConnectScript";
        public const string ExecuteTimeout = "executeTimeout";
        public const string ServerTimezone = "serverTimezone";
    }

    public static class TaskSettings
    {
        /// <summary>On <c>aws:dms/replicationTask:ReplicationTask</c>.</summary>
        public const string ReplicationTaskSettings = "replicationTaskSettings";

        /// <summary>On <c>aws:dms/replicationConfig:ReplicationConfig</c>.</summary>
        public const string ReplicationSettings = "replicationSettings";
    }

    /// <summary><c>aws:iam/rolePolicy:RolePolicy</c>: an inline policy of one role.</summary>
    public static class RolePolicy
    {
        /// <summary>The role's name, not its ARN.</summary>
        public const string Role = "role";
        public const string Policy = "policy";
    }

    public static class EventSubscription
    {
        /// <summary>The subscription's name in DMS (unique per account and region).</summary>
        public const string Name = "name";
        public const string SnsTopicArn = "snsTopicArn";
        public const string SourceType = "sourceType";
        public const string SourceIds = "sourceIds";
        public const string EventCategories = "eventCategories";
        public const string Enabled = "enabled";
    }

    /// <summary><c>ec2.Route</c>: a standalone route (<c>destinationCidrBlock</c>, not the inline route's <c>cidrBlock</c>).</summary>
    public static class Route
    {
        public const string RouteTableId = "routeTableId";
        public const string DestinationCidrBlock = "destinationCidrBlock";
        public const string VpcPeeringConnectionId = "vpcPeeringConnectionId";
    }
}
