using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>The checks that decide from the target alone, without a server.</summary>
public sealed class PreflightChecksTests
{
    private static readonly PreflightTarget Starter = new(
        "gateway01.us-west-2.prod.aws.tidbcloud.com", 4000, "3pTAoNNegb47Uc8.dms", "pw-1234",
        Tier.Starter, EndpointType.Target, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);

    private static readonly object[] WithoutTls =
    [
        new object[]
        {
            "Starter", "gateway01.us-west-2.prod.aws.tidbcloud.com", "fail",
            "ssl mode 'none' over the public endpoint gateway01.us-west-2.prod.aws.tidbcloud.com: Starter and Essential public endpoints accept only TLS connections, so DMS would be refused.",
            "Use ssl mode 'verify-full' with ISRG Root X1 as the CA (the default for Starter/Essential); 'none' is for private endpoints only.",
        },
        new object[]
        {
            "Essential", "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com", "pass",
            "TLS is not used: ssl mode 'none' (fine over a private endpoint or VPC peering).", null!,
        },
        new object[]
        {
            "Dedicated", "tidb.abc123.clusters.tidb-cloud.com", "warn",
            "ssl mode 'none' over the public endpoint tidb.abc123.clusters.tidb-cloud.com: Dedicated accepts it, but the data and the password cross the internet unencrypted.",
            "Use ssl mode 'verify-full' with the cluster's CA from the Connect dialog (\"CA cert\").",
        },
        new object[]
        {
            "Dedicated", "private-tidb.abc123.clusters.tidb-cloud.com", "pass",
            "TLS is not used: ssl mode 'none' (fine over a private endpoint or VPC peering).", null!,
        },
    ];

    [TestCaseSource(nameof(WithoutTls))]
    public async Task SslModeNoneIsJudgedByTierAndEndpoint(string tier, string host, string status, string message, string? fix)
    {
        Assert.That(ContractEnums.Tier.TryParse(tier, out var parsed), Is.True, tier);
        await using var context = new PreflightContext(Starter with { Tier = parsed, Host = host }) { Stage = PreflightStage.Reachable };

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(new PreflightFinding("tls", Enum.Parse<PreflightStatus>(status, ignoreCase: true), message, fix)));
        Assert.That(context.Stage, Is.EqualTo(status == "fail" ? PreflightStage.Reachable : PreflightStage.Secured));
    }

    [Test]
    public async Task VerifyModesFailWhenTheGreetingOffersNoTLS()
    {
        await using var context = new PreflightContext(Starter with { SslMode = SslMode.VerifyCa })
        {
            Stage = PreflightStage.Reachable,
            Greeting = new MySqlGreeting("8.0.11-TiDB-v7.5.1", false, null, null),
        };

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tls",
            "The server does not offer TLS (its greeting lacks the SSL capability), so DMS in 'verify-ca' mode cannot connect.",
            "Enable TLS on the server, or use ssl mode 'none' where the path is private (private endpoint, VPC peering).")));
    }

    [TestCase("3pTAoNNegb47Uc8.dms", "Starter", "pass", "'3pTAoNNegb47Uc8.dms' carries a cluster prefix ('3pTAoNNegb47Uc8'), as Starter user names must.")]
    [TestCase("3pTAoNNegb47Uc8.root", "Essential", "pass", "'3pTAoNNegb47Uc8.root' carries a cluster prefix ('3pTAoNNegb47Uc8'), as Essential user names must.")]
    [TestCase("dms", "Starter", "fail", "'dms' has no cluster prefix: Starter user names are '<prefix>.<name>', and the server refuses any other name.")]
    [TestCase(".dms", "Starter", "fail", "'.dms' has no cluster prefix: Starter user names are '<prefix>.<name>', and the server refuses any other name.")]
    [TestCase("3pTAoNNegb47Uc8.", "Starter", "fail", "'3pTAoNNegb47Uc8.' has no cluster prefix: Starter user names are '<prefix>.<name>', and the server refuses any other name.")]
    public async Task StarterAndEssentialUserNamesCarryThePrefix(string user, string tier, string status, string message)
    {
        Assert.That(ContractEnums.Tier.TryParse(tier, out var parsed), Is.True, tier);
        await using var context = new PreflightContext(Starter with { User = user, Tier = parsed });

        var finding = await new UserPrefixCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding.Status.ToWire(), Is.EqualTo(status));
        Assert.That(finding.Message, Is.EqualTo(message));
        Assert.That(finding.Fix, Is.EqualTo(status == "pass" ? null : $"Use the full user name shown in the cluster's Connect dialog, e.g. '<prefix>.{user}' (the prefix is the cluster's user prefix, such as '3pTAoNNegb47Uc8')."));
    }

    [Test]
    public void TheUserPrefixCheckIsForStarterAndEssentialOnly()
    {
        var check = new UserPrefixCheck();

        Assert.That(check.AppliesTo(Starter), Is.True);
        Assert.That(check.AppliesTo(Starter with { Tier = Tier.Essential }), Is.True);
        Assert.That(check.AppliesTo(Starter with { Tier = Tier.Dedicated }), Is.False);
    }

    [TestCase("target", "dns|tcp|tls|user-prefix|authentication|server|privileges|local-infile|schemas|collation")]
    [TestCase("source", "dns|tcp|tls|user-prefix|authentication|server|privileges|schemas|primary-keys|cdc")]
    public void WhichChecksApplyToATargetAndToASource(string endpointType, string checks)
    {
        Assert.That(ContractEnums.EndpointType.TryParse(endpointType, out var parsed), Is.True, endpointType);
        var target = Starter with { EndpointType = parsed };

        Assert.That(string.Join("|", PreflightRunner.Checks.Where(c => c.AppliesTo(target)).Select(c => c.Id)), Is.EqualTo(checks));
    }

    [Test]
    public void ASourceWithoutSchemasHasNoPrivilegeOrKeyCheck()
    {
        var target = Starter with { EndpointType = EndpointType.Source, Schemas = [] };

        Assert.That(string.Join("|", PreflightRunner.Checks.Where(c => c.AppliesTo(target)).Select(c => c.Id)), Is.EqualTo("dns|tcp|tls|user-prefix|authentication|server|schemas|cdc"));
    }
}
