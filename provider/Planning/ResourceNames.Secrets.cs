namespace TidbDms.Provider.Planning;

/// <summary>The children of credentials from AWS Secrets Manager (names are contract, like the others).</summary>
internal sealed partial class ResourceNames
{
    public string SecretsAccessRole => $"{Component}-secrets-access-role";

    public string SecretsAccessPolicy => $"{Component}-secrets-access-policy";

    public string SecretsEndpointSecurityGroup => $"{Component}-secrets-endpoint-sg";

    public string SecretsEndpointIngress => $"{Component}-secrets-endpoint-ingress";

    public string DmsEgressSecrets => $"{Component}-dms-egress-secrets";

    public string SecretsEndpoint => $"{Component}-secrets-endpoint";
}
