namespace TidbDms.Provider.Component;

/// <summary>cluster.* rules: host, port, user name, TLS.</summary>
internal sealed partial class InputValidator
{
    private void AlibabaCloudHostIsRefused()
    {
        if (_args.Cluster.Host.Is(TidbHost.IsAlibabaCloud))
        {
            Error(
                "cluster.host",
                "is a cluster on Alibaba Cloud (alicloud.tidbcloud.com): Alibaba Cloud private endpoints cannot serve AWS DMS",
                "Use a TiDB Cloud cluster hosted on AWS");
        }
    }

    private void PortIsInRange()
    {
        if (_args.Cluster.Port.Is(p => p is < Limits.MinPort or > Limits.MaxPort))
        {
            Error(
                "cluster.port",
                $"must be between {Limits.MinPort} and {Limits.MaxPort}",
                $"Set cluster.port to the port from the cluster's Connect dialog (usually {Defaults.ClusterPort})");
        }
    }

    private void StarterUsernameHasPrefix()
    {
        if (Usable("tier") && IsServerlessTier && _args.Cluster.Username is { } username && username.Is(u => !TidbUserName.TryGetPrefix(u, out _)))
        {
            Error(
                "cluster.username",
                $"must be '<prefix>.<name>' for tier '{TierName}': its user names carry the cluster's prefix",
                "Write the user name as the cluster's Connect dialog shows it, e.g. '2ZgSrL8dEfTjH5X.root'");
        }
    }

    private void VerifyingSslModeNeedsCa()
    {
        if (Usable("tier") && _args.Tier == Tier.Dedicated
            && _args.Cluster.SslMode.Is(m => m is SslMode.VerifyCa or SslMode.VerifyFull)
            && _args.Cluster.CaCertificatePem is null)
        {
            Error(
                "cluster.caCertificatePem",
                $"is required for tier 'Dedicated' with cluster.sslMode '{ContractEnums.SslMode.ToWire(_args.Cluster.SslMode.Value)}'",
                "Set cluster.caCertificatePem to the CA certificate (PEM) downloaded from the cluster's Connect dialog in the TiDB Cloud console");
        }
    }

    private void PublicEndpointNeedsTls()
    {
        if (!Usable("tier", "connectivity") || _args.Connectivity != Connectivity.PublicEndpoint
            || !_args.Cluster.SslMode.Is(m => m == SslMode.None))
        {
            return;
        }

        var verifyFull = ContractEnums.SslMode.ToWire(SslMode.VerifyFull);
        if (IsServerlessTier)
        {
            Error(
                "cluster.sslMode",
                $"'none' is refused over the public endpoint of tier '{TierName}': it accepts TLS connections only",
                $"Set cluster.sslMode to '{verifyFull}', or remove it ('{verifyFull}' is the default with PublicEndpoint)");
        }
        else
        {
            _warnings.Add(new InputWarning(
                "cluster.sslMode",
                $"'none' sends the password and the data unencrypted over the internet to the cluster's public endpoint; set cluster.sslMode to '{verifyFull}' with cluster.caCertificatePem"));
        }
    }
}
