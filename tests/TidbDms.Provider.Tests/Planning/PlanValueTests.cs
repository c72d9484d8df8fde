using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>A planned value is secret when any part of it is: one secret item is enough.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class PlanValueTests
{
    private static readonly PlanValue Plain = PlanValue.Of("app");
    private static readonly PlanValue Hidden = new PlanValue.Secret(PlanValue.Of("hunter2"));

    [Test]
    public void OneSecretPartMakesAListAMapOrAConcatenationSecret()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new PlanValue.List([Plain, Hidden]).ContainsSecret, Is.True);
            Assert.That(new PlanValue.Map(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("a", Plain), KeyValuePair.Create("b", Hidden)])).ContainsSecret, Is.True);
            Assert.That(new PlanValue.Concat([Plain, Hidden]).ContainsSecret, Is.True);
            Assert.That(new PlanValue.List([Plain, PlanValue.Of(PropertyValue.String("x"))]).ContainsSecret, Is.False);
        });
    }
}
