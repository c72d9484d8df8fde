using System.Net;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// The certificate verdict as the TLS handshake's callback: the names a certificate holds, how chain
/// problems are told apart, and which certificates the server presented count toward the chain.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ServerCertificateValidatorTests
{
    [Test]
    public void NoCertificateIsRejectedAndObservedWithoutSubjectOrIssuer()
    {
        var validator = new ServerCertificateValidator([], "localhost");

        var accepted = validator.Validate(this, null, null, SslPolicyErrors.RemoteCertificateNotAvailable);

        Assert.That(accepted, Is.False);
        Assert.That(validator.Observation, Is.SameAs(TlsObservation.NoCertificate));
        Assert.That(TlsObservation.NoCertificate.Verdict, Is.EqualTo(TlsVerdict.NoCertificate));
        Assert.That(TlsObservation.NoCertificate.Subject, Is.EqualTo(""));
        Assert.That(TlsObservation.NoCertificate.Issuer, Is.EqualTo(""));
        Assert.That(TlsObservation.NoCertificate.Names, Is.Empty);
        Assert.That(TlsObservation.NoCertificate.ChainStatus, Is.Empty);
    }

    [Test]
    public void TheNamesAreTheDnsNamesAndAddressesOfTheSubjectAlternativeNames()
    {
        using var ca = TlsTestPki.Ca("CN=Names CA");
        using var leaf = TlsTestPki.Server(ca, "CN=ignored.example", ["db.example", "db2.example"], [IPAddress.Parse("10.0.0.1")]);

        var observation = Observe(ca, leaf, "db.example");

        Assert.That(observation.Verdict, Is.EqualTo(TlsVerdict.Trusted));
        Assert.That(observation.Names, Is.EqualTo(["db.example", "db2.example", "10.0.0.1"]));
        Assert.That(observation.ChainStatus, Is.Empty);
    }

    [Test]
    public void WithoutSubjectAlternativeNamesTheNameIsTheSubjectsCommonName()
    {
        using var ca = TlsTestPki.Ca("CN=Common Name CA");
        using var leaf = TlsTestPki.Server(ca, "CN=legacy.example, O=Example", [], []);

        var observation = Observe(ca, leaf, "other.example");

        Assert.That(observation.Names, Is.EqualTo(["legacy.example"]));
        Assert.That(observation.Verdict, Is.EqualTo(TlsVerdict.NameMismatch));
        Assert.That(observation.Subject, Is.EqualTo("CN=legacy.example, O=Example"));
        Assert.That(observation.Issuer, Is.EqualTo("CN=Common Name CA"));
    }

    [Test]
    public void ACertificateWithNeitherNamesNorASubjectHasNoNames()
    {
        using var ca = TlsTestPki.Ca("CN=Empty Subject CA");
        using var leaf = TlsTestPki.Server(ca, "", [], []);

        var observation = Observe(ca, leaf, null);

        Assert.That(observation.Names, Is.Empty);
        Assert.That(observation.Verdict, Is.EqualTo(TlsVerdict.Trusted));
    }

    [Test]
    public void ACertificateOutsideItsValidityFromTheTrustedCaIsExpired()
    {
        using var ca = TlsTestPki.Ca("CN=Validity CA");
        using var leaf = TlsTestPki.Server(ca, "CN=old.example", ["old.example"], [], TlsTestPki.ExpiredFrom, TlsTestPki.ExpiredTo);

        var observation = Observe(ca, leaf, "old.example");

        Assert.That(observation.Verdict, Is.EqualTo(TlsVerdict.Expired));
        Assert.That(observation.ChainStatus, Is.EqualTo(["NotTimeValid"]));
        Assert.That(observation.NotBefore, Is.EqualTo(TlsTestPki.ExpiredFrom));
        Assert.That(observation.NotAfter, Is.EqualTo(TlsTestPki.ExpiredTo));
    }

    [Test]
    public void AnExpiredCertificateFromAnotherCaIsAnUntrustedChainWithItsProblemsInOrdinalOrder()
    {
        using var ca = TlsTestPki.Ca("CN=Issuing CA");
        using var other = TlsTestPki.Ca("CN=Trusted Other CA");
        using var leaf = TlsTestPki.Server(ca, "CN=old.example", ["old.example"], [], TlsTestPki.ExpiredFrom, TlsTestPki.ExpiredTo);

        var observation = Observe(other, leaf, "old.example");

        Assert.That(observation.Verdict, Is.EqualTo(TlsVerdict.UntrustedChain));
        Assert.That(observation.ChainStatus, Is.EqualTo(["NotTimeValid", "PartialChain"]));
    }

    [Test]
    public void AnIntermediateTheServerPresentedInItsChainsExtraStoreCompletesTheChain()
    {
        using var root = TlsTestPki.Ca("CN=Extra Store Root");
        using var intermediate = TlsTestPki.Ca("CN=Extra Store Intermediate", root);
        using var leaf = TlsTestPki.Server(intermediate, "CN=db.example", ["db.example"], []);
        using var presented = new X509Chain();
        presented.ChainPolicy.ExtraStore.Add(intermediate);

        var validator = new ServerCertificateValidator([root], "db.example");

        Assert.That(validator.Validate(this, leaf, presented, SslPolicyErrors.None), Is.True);
        Assert.That(validator.Observation?.Verdict, Is.EqualTo(TlsVerdict.Trusted));
    }

    [Test]
    public void AnIntermediateAmongTheElementsOfThePresentedChainCompletesTheChain()
    {
        using var root = TlsTestPki.Ca("CN=Chain Elements Root");
        using var intermediate = TlsTestPki.Ca("CN=Chain Elements Intermediate", root);
        using var leaf = TlsTestPki.Server(intermediate, "CN=db.example", ["db.example"], []);
        using var presented = new X509Chain();
        presented.ChainPolicy.ExtraStore.Add(intermediate);
        presented.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        presented.Build(leaf);
        presented.ChainPolicy.ExtraStore.Clear();
        Assert.That(presented.ChainElements.Select(e => e.Certificate.Subject), Is.EqualTo(["CN=db.example", "CN=Chain Elements Intermediate"]));

        var validator = new ServerCertificateValidator([root], "db.example");

        Assert.That(validator.Validate(this, leaf, presented, SslPolicyErrors.None), Is.True);
        Assert.That(validator.Observation?.Verdict, Is.EqualTo(TlsVerdict.Trusted));
    }

    [Test]
    public void WithoutTheIntermediateTheChainIsPartial()
    {
        using var root = TlsTestPki.Ca("CN=Missing Intermediate Root");
        using var intermediate = TlsTestPki.Ca("CN=Missing Intermediate", root);
        using var leaf = TlsTestPki.Server(intermediate, "CN=db.example", ["db.example"], []);

        var observation = Observe(root, leaf, "db.example");

        Assert.That(observation.Verdict, Is.EqualTo(TlsVerdict.UntrustedChain));
        Assert.That(observation.ChainStatus, Is.EqualTo(["PartialChain"]));
    }

    private TlsObservation Observe(X509Certificate2 trusted, X509Certificate2 leaf, string? hostName)
    {
        var validator = new ServerCertificateValidator([trusted], hostName);
        var accepted = validator.Validate(this, leaf, null, SslPolicyErrors.None);
        Assert.That(accepted, Is.EqualTo(validator.Observation?.Verdict == TlsVerdict.Trusted));
        return validator.Observation!;
    }
}
