using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class TidbVersionTests
{
    [TestCase("8.0.11-TiDB-v7.5.1", "7.5.1")]
    [TestCase("8.0.11-TiDB-v8.5.3-serverless", "8.5.3")]
    [TestCase("5.7.25-TiDB-v7.1.0", "7.1.0")]
    [TestCase("10.11.19-MariaDB-0+deb12u1", null)]
    [TestCase("8.0.36", null)]
    public void ReadsTheTiDBReleaseFromVERSION(string serverVersion, string? tidb) =>
        Assert.That(TidbVersion.Parse(serverVersion)?.ToString(), Is.EqualTo(tidb));
}
