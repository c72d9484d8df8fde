using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Component;

/// <summary>The generic contract enum: its list of allowed names for messages, and its wire names.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ContractEnumTests
{
    private static readonly ContractEnum<Tier> OneMember = new("OneTier", "A test enum with one member.", new EnumMember<Tier>(Tier.Starter, "Starter", "The one."));

    [Test]
    public void TheAllowedListQuotesEachNameAndJoinsTheLastWithOr()
    {
        Assert.Multiple(() =>
        {
            Assert.That(OneMember.AllowedList, Is.EqualTo("'Starter'"));
            Assert.That(ContractEnums.ReplicationMode.AllowedList, Is.EqualTo("'Instance' or 'Serverless'"));
            Assert.That(ContractEnums.Tier.AllowedList, Is.EqualTo("'Starter', 'Essential' or 'Dedicated'"));
        });
    }

    [Test]
    public void AValueWithoutAMemberHasNoWireName()
    {
        Assert.That(OneMember.ToWire(Tier.Starter), Is.EqualTo("Starter"));
        Assert.Throws<InvalidOperationException>(() => OneMember.ToWire(Tier.Dedicated));
    }
}
