using System.Collections.Immutable;
using System.Net.Sockets;
using System.Security.Authentication;
using MySqlConnector;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class MySqlErrorClassifierTests
{
    [TestCase(MySqlErrorCode.AccessDenied, "AccessDenied")]
    [TestCase(MySqlErrorCode.DatabaseAccessDenied, "AccessDenied")]
    [TestCase(MySqlErrorCode.HostNotPrivileged, "HostNotAllowed")]
    [TestCase(MySqlErrorCode.HostIsBlocked, "HostNotAllowed")]
    [TestCase(MySqlErrorCode.ConnectionCountError, "TooManyConnections")]
    [TestCase(MySqlErrorCode.TooManyUserConnections, "TooManyConnections")]
    [TestCase((MySqlErrorCode)3159, "InsecureTransportRefused")]
    [TestCase(MySqlErrorCode.NotSupportedAuthMode, "UnsupportedAuthentication")]
    [TestCase(MySqlErrorCode.UnableToConnectToHost, "Unreachable")]
    [TestCase(MySqlErrorCode.UnknownError, "Other")]
    public void ServerErrorCodes(MySqlErrorCode code, string failure) =>
        Assert.That(MySqlErrorClassifier.Classify(code).ToString(), Is.EqualTo(failure));

    [TestCase(SocketError.HostNotFound, "UnknownHost")]
    [TestCase(SocketError.TryAgain, "UnknownHost")]
    [TestCase(SocketError.TimedOut, "Timeout")]
    [TestCase(SocketError.ConnectionRefused, "Unreachable")]
    public void SocketErrors(SocketError error, string failure) =>
        Assert.That(MySqlErrorClassifier.Classify(new SocketException((int)error)).ToString(), Is.EqualTo(failure));

    private static readonly object[] Exceptions =
    [
        new object[] { new AuthenticationException(), "TlsHandshake" },
        new object[] { new NotSupportedException(), "UnsupportedAuthentication" },
        new object[] { new IOException(), "Unreachable" },
        new object[] { new InvalidOperationException(), "Other" },
    ];

    [TestCaseSource(nameof(Exceptions))]
    public void ClientExceptionsByType(Exception error, string failure) =>
        Assert.That(MySqlErrorClassifier.Classify(error, timedOut: false, tls: null).ToString(), Is.EqualTo(failure));

    [Test]
    public void ThePreflightSOwnTimeoutWinsOverTheException()
    {
        Assert.That(MySqlErrorClassifier.Classify(new IOException(), timedOut: true, tls: null), Is.EqualTo(ConnectionFailure.Timeout));
    }

    [Test]
    public void ARejectedCertificateWinsOverEverythingElse()
    {
        var rejected = new TlsObservation(TlsVerdict.UntrustedChain, "CN=a", "CN=b", default, default, ["a"], ["UntrustedRoot"]);
        var trusted = rejected with { Verdict = TlsVerdict.Trusted, ChainStatus = ImmutableArray<string>.Empty };

        Assert.That(MySqlErrorClassifier.Classify(new AuthenticationException(), timedOut: true, tls: rejected), Is.EqualTo(ConnectionFailure.CertificateRejected));
        Assert.That(MySqlErrorClassifier.Classify(new AuthenticationException(), timedOut: false, tls: trusted), Is.EqualTo(ConnectionFailure.TlsHandshake));
    }
}
