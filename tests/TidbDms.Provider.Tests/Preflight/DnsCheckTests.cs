using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>The DNS check with host names that cannot resolve (the <c>.invalid</c> TLD, RFC 6761).</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class DnsCheckTests
{
    [Test]
    public async Task AHostNameThatDoesNotResolveFailsWithTheConsoleFix()
    {
        await using var context = Context("no-such-cluster.invalid");

        var finding = await new DnsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "dns",
            "no-such-cluster.invalid does not resolve: no such host name.",
            "Copy the host from the cluster's Connect dialog in the TiDB Cloud console and check it for typos; check that this machine's DNS resolver works.")));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Start));
        Assert.That(context.Addresses, Is.Empty);
    }

    [Test]
    public async Task APrivateLinkGatewayThatDoesNotResolveHereFailsWithThePrivateDnsFix()
    {
        // public DNS has no records for PrivateLink gateways: they resolve only inside a VPC with the endpoint's private DNS
        const string host = "gateway01-privatelink.nowhere-1.prod.aws.tidbcloud.com";
        await using var context = Context(host);

        var finding = await new DnsCheck().RunAsync(context, CancellationToken.None);

        // The fix is the point here; the message depends on what the resolver of the machine answers
        // ("no such host name" with a network, a temporary failure without one).
        Assert.That((finding.Check, finding.Status, finding.Fix), Is.EqualTo((
            "dns",
            PreflightStatus.Fail,
            "A gatewayNN-privatelink host resolves only inside a VPC whose PrivateLink endpoint has private DNS enabled: run the preflight from such a VPC, or check the endpoint's private DNS setting.")));
        Assert.That(finding.Message, Does.StartWith($"{host} "));
    }

    [Test]
    public async Task CancellingThePreflightEndsTheLookupWithoutAFinding()
    {
        await using var context = Context("localhost");

        Assert.CatchAsync<OperationCanceledException>(() => new DnsCheck().RunAsync(context, new CancellationToken(canceled: true)));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Start));
    }

    private static PreflightContext Context(string host) => new(new PreflightTarget(
        host, 4000, "dms", "dns-Secret-77", Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], TimeSpan.FromSeconds(10)));
}
