using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

internal sealed class DmsIdentifiersTests
{
    [Test]
    public void IdentifiersAreNameSuffixAndStackHash()
    {
        var ids = new DmsIdentifiers("shop", "dev", "mig");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("shop/dev/mig"u8))[..8];

        Assert.Multiple(() =>
        {
            Assert.That(ids.ReplicationSubnetGroup, Is.EqualTo($"mig-subnets-{hash}"));
            Assert.That(ids.ReplicationInstance, Is.EqualTo($"mig-instance-{hash}"));
            Assert.That(ids.Endpoint, Is.EqualTo($"mig-tidb-{hash}"));
            Assert.That(ids.Certificate, Is.EqualTo($"mig-ca-{hash}"));
            Assert.That(ids.ReplicationTask, Is.EqualTo($"mig-task-{hash}"));
            Assert.That(ids.ReplicationConfig, Is.EqualTo($"mig-replication-{hash}"));
        });
    }

    [TestCase("shop", "dev", "mig", "shop", "prod", "mig")]
    [TestCase("shop", "dev", "mig", "shop", "dev", "mig2")]
    [TestCase("shop", "dev", "mig", "shop2", "dev", "mig")]
    public void IdentifiersDifferAcrossProjectsStacksAndComponents(string p1, string s1, string n1, string p2, string s2, string n2) =>
        Assert.That(new DmsIdentifiers(p1, s1, n1).ReplicationInstance, Is.Not.EqualTo(new DmsIdentifiers(p2, s2, n2).ReplicationInstance));

    [TestCase("Orders_DB.Migration", "orders-db-migration-instance-")]
    [TestCase("1st", "tidb-1st-instance-")]
    [TestCase("--a--b--", "a-b-instance-")]
    [TestCase("日本", "tidb-instance-")]
    [TestCase("_", "tidb-instance-")]
    [TestCase("zone09", "zone09-instance-")]
    [TestCase("9z0", "tidb-9z0-instance-")]
    public void IdentifiersSanitizeTheName(string name, string prefix) =>
        Assert.That(new DmsIdentifiers("p", "s", name).ReplicationInstance[..^8], Is.EqualTo(prefix));

    [Test]
    public void IdentifiersOfALongNameAreTruncatedToSixtyThreeWithoutTrailingHyphen()
    {
        var ids = new DmsIdentifiers("p", "s", new string('a', 41) + "-" + new string('b', 40));

        Assert.Multiple(() =>
        {
            Assert.That(ids.ReplicationInstance, Has.Length.EqualTo(63));
            Assert.That(ids.ReplicationInstance[..^8], Is.EqualTo(new string('a', 41) + "-bbb-instance-"));
            Assert.That(ids.ReplicationConfig[..^8], Is.EqualTo(new string('a', 41) + "-replication-"));
            Assert.That(ids.ReplicationConfig, Has.Length.EqualTo(62));
        });
    }
}
