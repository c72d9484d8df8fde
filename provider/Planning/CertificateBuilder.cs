using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The DMS certificate holding the CA, when the SSL mode verifies the server.</summary>
internal static class CertificateBuilder
{
    /// <summary>Returns the certificate child, or null when the SSL mode does not verify.</summary>
    public static string? Add(PlanBuilder plan, PlanScope scope)
    {
        var args = scope.Args;
        if (PlannedSslMode(args) == SslMode.None)
        {
            return null;
        }

        var pem = args.Cluster.CaCertificatePem is { } given ? ArgValues.Of(given)
            : args.Tier != Tier.Dedicated ? PlanValue.Of(IsrgRootX1.Pem)
            : throw new ArgumentException("Dedicated with a verifying SSL mode needs cluster.caCertificatePem; the args reader should have refused it", nameof(scope));
        var name = scope.Names.Certificate;
        var certificate = plan.Add(
            AwsTypes.Certificate,
            name,
            new InputMap
            {
                { AwsInputs.Certificate.CertificateId, PlanValue.Of(scope.Ids.Certificate) },
                { AwsInputs.Certificate.CertificatePem, new PlanValue.Secret(pem) },
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            // pulumi-aws's SDK registers these as secret outputs; by-token registration must too, or state holds the PEM in clear.
            additionalSecretOutputs: [AwsInputs.Certificate.CertificatePem, AwsInputs.Certificate.CertificateWallet]);
        plan.Output(ContractOutputs.CertificateArn, new PlanValue.Ref(certificate, AwsOutputs.CertificateArn));
        return certificate;
    }

    /// <summary>
    /// The SSL mode the plan is built for. An unknown mode (preview) plans as the connectivity's
    /// default, except that a Dedicated cluster without a CA can only end up with <c>none</c>
    /// (a verifying mode would be refused without a CA), so it plans no certificate.
    /// </summary>
    public static SslMode PlannedSslMode(TidbDmsMigrationArgs args)
    {
        var cluster = args.Cluster;
        if (cluster.SslMode.IsKnown)
        {
            return cluster.SslMode.Value;
        }

        var fallback = Defaults.SslModeFor(args.Connectivity);
        return fallback != SslMode.None && args.Tier == Tier.Dedicated && cluster.CaCertificatePem is null ? SslMode.None : fallback;
    }
}
