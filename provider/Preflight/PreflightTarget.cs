using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The cluster endpoint to check, as DMS would be configured with it. <see cref="Password"/> is held
/// only to sign in: <see cref="ToString"/> leaves it out, and no finding, error or report prints it.
/// </summary>
/// <param name="CaCertificatePem">The CA the server's chain must reach with <c>verify-*</c>; null means
/// ISRG Root X1 for Starter/Essential (see <see cref="TrustedCaPem"/>).</param>
/// <param name="Schemas">The schemas DMS migrates; privileges and existence are checked per schema.</param>
/// <param name="Timeout">How long each network step may take (DMS's own connect timeout is 10 s).</param>
internal sealed record PreflightTarget(
    string Host,
    int Port,
    string User,
    string Password,
    Tier Tier,
    EndpointType EndpointType,
    SslMode SslMode,
    string? CaCertificatePem,
    ImmutableArray<string> Schemas,
    TimeSpan Timeout)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>True for the tiers whose SQL user names carry the cluster prefix and whose CA is ISRG Root X1.</summary>
    public bool IsServerless => Tier is Tier.Starter or Tier.Essential;

    /// <summary>The CA PEM a <c>verify-*</c> connection trusts: the given one, else ISRG Root X1 for Starter/Essential.</summary>
    public string? TrustedCaPem => CaCertificatePem ?? (IsServerless ? IsrgRootX1.Pem : null);

    /// <summary>How messages name the trusted CA.</summary>
    public string TrustedCaDescription => CaCertificatePem is not null ? "the given CA" : "ISRG Root X1 (built in)";

    public string Endpoint => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>
    /// Everything that makes this target impossible to check, all at once (empty when it is usable).
    /// The preflight refuses to start on any of them rather than reporting a failure DMS would not have.
    /// </summary>
    public ImmutableArray<string> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        if (string.IsNullOrWhiteSpace(Host))
        {
            problems.Add("the host is empty: give the cluster's host name from the TiDB Cloud console's Connect dialog");
        }

        if (Port is < 1 or > 65535)
        {
            problems.Add($"the port {Port} is not between 1 and 65535 (TiDB Cloud listens on {Defaults.ClusterPort} unless a Dedicated cluster was given another port)");
        }

        if (string.IsNullOrWhiteSpace(User))
        {
            problems.Add("the user name is empty: give the SQL user DMS will sign in as");
        }

        if (Password.Length == 0)
        {
            problems.Add("the password is empty: DMS endpoints need the user's password");
        }

        if (SslMode != SslMode.None && TrustedCaPem is null)
        {
            problems.Add($"ssl mode '{ContractEnums.SslMode.ToWire(SslMode)}' needs a CA certificate, and Dedicated clusters have their own CA: download it from the cluster's Connect dialog (\"CA cert\") and pass it");
        }

        if (CaCertificatePem is not null && ParseCertificates(CaCertificatePem).Count == 0)
        {
            problems.Add("the CA certificate holds no PEM certificate (expected one or more '-----BEGIN CERTIFICATE-----' blocks)");
        }

        foreach (var schema in Schemas)
        {
            if (string.IsNullOrWhiteSpace(schema))
            {
                problems.Add("a schema name is empty");
            }
            else if (schema.Contains('%', StringComparison.Ordinal))
            {
                problems.Add($"the schema '{schema}' is a wildcard: name each schema DMS migrates, since '%' would also select TiDB's system databases");
            }
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add("the timeout must be positive");
        }

        return problems.ToImmutable();
    }

    /// <summary>
    /// The target a TidbDmsMigration's inputs describe, for <c>preview --preflight</c>. False, with the
    /// reason, when an input the connection needs is not known yet (an output of another resource).
    /// </summary>
    public static bool TryFromArgs(TidbDmsMigrationArgs args, [NotNullWhen(true)] out PreflightTarget? target, [NotNullWhen(false)] out string? notKnown)
    {
        var cluster = args.Cluster;
        if (cluster.Password is null || cluster.Username is null)
        {
            // The secret is DMS's to read (through its access role), not the preflight's.
            target = null;
            notKnown = SecretsManagerNote(cluster.Username is null);
            return false;
        }

        var unknown = new List<string>();
        Note(cluster.Host, "cluster.host", unknown);
        Note(cluster.Port, "cluster.port", unknown);
        Note(cluster.Username, "cluster.username", unknown);
        Note(cluster.Password, "cluster.password", unknown);
        Note(cluster.SslMode, "cluster.sslMode", unknown);
        if (cluster.CaCertificatePem is { } ca)
        {
            Note(ca, "cluster.caCertificatePem", unknown);
        }

        if (args.Task?.Schemas is { } schemas)
        {
            Note(schemas, "task.schemas", unknown);
        }

        if (unknown.Count > 0)
        {
            target = null;
            notKnown = $"{string.Join(", ", unknown)} {(unknown.Count == 1 ? "is" : "are")} not known until other resources exist, so the cluster cannot be checked yet";
            return false;
        }

        target = new PreflightTarget(
            cluster.Host.Value!,
            cluster.Port.Value,
            cluster.Username.Value!,
            cluster.Password.Value!,
            args.Tier,
            args.EndpointType,
            cluster.SslMode.Value,
            cluster.CaCertificatePem?.Value,
            args.Task?.Schemas?.Value is { IsDefault: false } names ? names : [],
            DefaultTimeout);
        notKnown = null;
        return true;
    }

    /// <summary>Why a component whose credentials live in AWS Secrets Manager cannot be checked from its inputs, and what to run instead.</summary>
    public static string SecretsManagerNote(bool userMissing) =>
        "the cluster's credentials are in the AWS Secrets Manager secret cluster.secretsManagerSecretArn, which only DMS reads (through its access role), so the preflight has no password"
        + (userMissing ? " and no user name (cluster.username is not given)" : "")
        + ": run 'pulumi-resource-tidb-dms preflight --host … --user … --password-env NAME' with the password from the secret in the environment variable NAME";

    private static void Note<T>(Input<T> input, string path, List<string> unknown)
    {
        if (!input.IsKnown)
        {
            unknown.Add(path);
        }
    }

    /// <summary>The certificates in a PEM text (a bundle may hold several); unreadable blocks are left out.</summary>
    public static X509Certificate2Collection ParseCertificates(string pem)
    {
        var certificates = new X509Certificate2Collection();
        try
        {
            certificates.ImportFromPem(pem);
        }
        catch (CryptographicException)
        {
            certificates.Clear();
        }

        return certificates;
    }

    /// <summary>Never prints the password.</summary>
    public override string ToString() =>
        $"{User}@{Endpoint} ({ContractEnums.Tier.ToWire(Tier)}, {ContractEnums.EndpointType.ToWire(EndpointType)}, {ContractEnums.SslMode.ToWire(SslMode)})";
}
