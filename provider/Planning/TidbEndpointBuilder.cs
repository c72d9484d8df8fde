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
    /// <param name="secretsAccessRole">
    /// The role DMS reads the credentials secret with: given exactly when the credentials come from
    /// Secrets Manager (<see cref="SecretsAccessBuilder"/> adds it for every secret).
    /// </param>
    public static string Add(PlanBuilder plan, PlanScope scope, string? certificate, string? secretsAccessRole)
    {
        var args = scope.Args;
        var cluster = args.Cluster;
        var name = scope.Names.TidbEndpoint;

        // DMS takes the credentials from the endpoint (user name, password, server name and port)
        // or from the secret (which holds all four), never both.
        var secret = cluster.SecretsManagerSecretArn;
        var endpoint = plan.Add(
            AwsTypes.Endpoint,
            name,
            new InputMap
            {
                { AwsInputs.Endpoint.EndpointId, PlanValue.Of(scope.Ids.Endpoint) },
                { AwsInputs.Endpoint.EndpointType, PlanValue.Of(ContractEnums.EndpointType.ToWire(args.EndpointType)) },
                { AwsInputs.Endpoint.EngineName, PlanValue.Of(EngineName) },
                { AwsInputs.Endpoint.ServerName, secret is null ? ArgValues.Of(cluster.Host) : null },
                { AwsInputs.Endpoint.Port, secret is null ? ArgValues.Of(cluster.Port) : null },
                { AwsInputs.Endpoint.Username, secret is null && cluster.Username is { } username ? ArgValues.Of(username) : null },
                { AwsInputs.Endpoint.Password, secret is null && cluster.Password is { } password ? new PlanValue.Secret(ArgValues.Of(password)) : null },
                { AwsInputs.EndpointSecrets.SecretsManagerArn, secret is null ? null : ArgValues.Of(secret) },
                {
                    AwsInputs.EndpointSecrets.SecretsManagerAccessRoleArn,
                    secretsAccessRole is null ? null : new PlanValue.Ref(secretsAccessRole, AwsOutputs.Arn)
                },
                { AwsInputs.EndpointSecrets.MysqlSettings, MysqlSettings.For(scope) },
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
