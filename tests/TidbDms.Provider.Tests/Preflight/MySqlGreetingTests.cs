using System.Text;
using MySqlConnector;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class MySqlGreetingTests
{
    [TestCase("8.0.11-TiDB-v8.5.3-serverless", 0xFFFF, true)]
    [TestCase("5.5.5-10.11.19-MariaDB-0+deb12u1", 0xF7FF, false)]
    public void ReadsTheVersionAndWhetherTLSIsOffered(string version, int capabilities, bool offersTls)
    {
        var greeting = MySqlGreeting.Parse(Handshake(version, capabilities));

        Assert.That(greeting, Is.EqualTo(new MySqlGreeting(version, offersTls, null, null)));
    }

    [Test]
    public void ReadsAnErrorPacketWithItsCodeAndText()
    {
        var payload = new List<byte> { 0xFF, 0x6A, 0x04 };
        payload.AddRange(Encoding.UTF8.GetBytes("Host '10.0.0.1' is not allowed to connect to this MariaDB server"));

        var greeting = MySqlGreeting.Parse(payload.ToArray());

        Assert.That(greeting, Is.EqualTo(new MySqlGreeting("", false, MySqlErrorCode.HostNotPrivileged, "Host '10.0.0.1' is not allowed to connect to this MariaDB server")));
    }

    [Test]
    public void ReadsAProtocol41ErrorPacketWithoutItsSQLState()
    {
        var payload = new List<byte> { 0xFF, 0x10, 0x04 };
        payload.AddRange(Encoding.UTF8.GetBytes("#08004Too many connections"));

        Assert.That(MySqlGreeting.Parse(payload.ToArray())?.ErrorMessage, Is.EqualTo("Too many connections"));
    }

    [TestCase(new byte[] { })]
    [TestCase(new byte[] { 0x48, 0x54, 0x54, 0x50 })]
    [TestCase(new byte[] { 10, 0x38, 0x2E })]
    [TestCase(new byte[] { 10, 0x38, 0x00, 1, 2, 3 })]
    [TestCase(new byte[] { 10, 0x38, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF })]
    public void AnythingElseIsNotAMySQLGreeting(byte[] payload) =>
        Assert.That(MySqlGreeting.Parse(payload), Is.Null);

    [Test]
    public void ReadsAnErrorPacketWithACodeAndNoText() =>
        Assert.That(MySqlGreeting.Parse(new byte[] { 0xFF, 0x10, 0x04 }), Is.EqualTo(new MySqlGreeting("", false, MySqlErrorCode.ConnectionCountError, "")));

    [Test]
    public void ReadsAProtocol41ErrorPacketWithASQLStateAndNoText() =>
        Assert.That(MySqlGreeting.Parse([0xFF, 0x10, 0x04, .. Encoding.UTF8.GetBytes("#08004")]), Is.EqualTo(new MySqlGreeting("", false, MySqlErrorCode.ConnectionCountError, "")));

    [Test]
    public void ReadsAHandshakeWithAnEmptyServerVersion() =>
        Assert.That(MySqlGreeting.Parse(Handshake("", 0x0800)), Is.EqualTo(new MySqlGreeting("", true, null, null)));

    [Test]
    public void ReadsAHandshakeThatEndsRightAfterTheLowerCapabilityFlags() =>
        Assert.That(MySqlGreeting.Parse(Handshake("8.0.11-TiDB-v8.5.3", 0x0800, tail: 0)), Is.EqualTo(new MySqlGreeting("8.0.11-TiDB-v8.5.3", true, null, null)));

    private static byte[] Handshake(string version, int capabilities, int tail = 20)
    {
        var bytes = new List<byte> { 10 };
        bytes.AddRange(Encoding.ASCII.GetBytes(version));
        bytes.Add(0);
        bytes.AddRange([1, 0, 0, 0]);
        bytes.AddRange(new byte[8]);
        bytes.Add(0);
        bytes.Add((byte)(capabilities & 0xFF));
        bytes.Add((byte)(capabilities >> 8));
        bytes.AddRange(new byte[tail]);
        return [.. bytes];
    }
}
