using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The DMS endpoint of the TiDB cluster (engine <c>mysql</c>).</summary>
internal static class TidbEndpointBuilder
{
    public const string EngineName = "mysql";

    /// <summary>
    /// TiDB enforces foreign keys (since v6.6.0) and DMS loads table by table, so the TiDB Cloud doc
    /// and AWS both tell a MySQL-compatible target to turn the checks off for the load.
    /// </summary>
    public const string TargetExtraConnectionAttributes = "Initstmt=SET FOREIGN_KEY_CHECKS=0;";

    /// <remarks>
    /// Waits only for what it refers to (the certificate: DMS refuses to delete a certificate an
    /// endpoint uses, so the endpoint goes first). Creating an endpoint stores its settings and
    /// connects nowhere, so it does not wait for the network path; what connects through it does.
    /// </remarks>
    public static string Add(PlanBuilder plan, PlanScope scope, string? certificate)
    {
        var args = scope.Args;
        var cluster = args.Cluster;
        var name = scope.Names.TidbEndpoint;
        var endpoint = plan.Add(
            AwsTypes.Endpoint,
            name,
            new InputMap
            {
                { AwsInputs.Endpoint.EndpointId, PlanValue.Of(scope.Ids.Endpoint) },
                { AwsInputs.Endpoint.EndpointType, PlanValue.Of(ContractEnums.EndpointType.ToWire(args.EndpointType)) },
                { AwsInputs.Endpoint.EngineName, PlanValue.Of(EngineName) },
                { AwsInputs.Endpoint.ServerName, ArgValues.Of(cluster.Host) },
                { AwsInputs.Endpoint.Port, ArgValues.Of(cluster.Port) },
                { AwsInputs.Endpoint.Username, ArgValues.Of(cluster.Username) },
                { AwsInputs.Endpoint.Password, new PlanValue.Secret(ArgValues.Of(cluster.Password)) },
                { AwsInputs.Endpoint.DatabaseName, ArgValues.OfOptional(cluster.DatabaseName) },
                { AwsInputs.Endpoint.SslMode, ArgValues.Of(cluster.SslMode, ContractEnums.SslMode) },
                { AwsInputs.Endpoint.CertificateArn, certificate is null ? null : new PlanValue.Ref(certificate, AwsOutputs.CertificateArn) },
                {
                    AwsInputs.Endpoint.ExtraConnectionAttributes,
                    args.EndpointType == EndpointType.Target ? PlanValue.Of(TargetExtraConnectionAttributes) : null
                },
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            // As pulumi-aws's SDK does, so the password never lands in state in clear.
            additionalSecretOutputs: [AwsInputs.Endpoint.Password]);
        plan.Output(ContractOutputs.TidbEndpointArn, new PlanValue.Ref(endpoint, AwsOutputs.EndpointArn));
        return endpoint;
    }
}
