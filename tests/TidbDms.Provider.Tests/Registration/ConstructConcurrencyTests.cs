using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// Several Constructs at once in one provider process, as the engine runs them, and independent
/// children of one component registered side by side. Overlap is read from the engine's recorded
/// timestamps, never from wall-clock limits.
/// </summary>
internal sealed class ConstructConcurrencyTests
{
    [Test]
    public async Task ThreeConstructsAtOnceRegisterDisjointChildrenAndIndependentChildrenOverlap()
    {
        var scenario = Scenario.All().First();
        var options = Scenario.Options(preview: false) with { RegistrationLatency = TimeSpan.FromMilliseconds(150) };
        await using var test = await ComponentTest.StartAsync(scenario.Mocks(), options);
        string[] names = ["alpha", "beta", "gamma"];

        var results = await Task.WhenAll(names.Select(name => test.ConstructAsync(name, scenario.Inputs.Build())));

        var registrations = test.Engine.Registrations;
        var byName = registrations.ToDictionary(r => r.Request.Name);
        var childCount = scenario.Plan("alpha").Resources.Length;
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Urn), Is.EqualTo(names.Select(n => $"urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::{n}")));
            Assert.That(registrations.Select(r => r.Resource.Urn).Distinct().Count(), Is.EqualTo(names.Length * (childCount + 1)), "every URN once");
            foreach (var name in names)
            {
                var children = registrations.Where(r => r.Request.Parent == $"urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::{name}").ToList();
                Assert.That(children.Select(c => c.Request.Name).ToList(), Has.Count.EqualTo(childCount).And.All.StartWith($"{name}-"), name);
                Assert.That(byName[$"{name}-private-a"].Overlaps(byName[$"{name}-private-b"]), Is.True, $"{name}: its two private subnets were registered side by side");
                Assert.That(byName[$"{name}-vpc"].Overlaps(byName[$"{name}-private-a"]), Is.False, $"{name}: a subnet waited for its VPC");
            }

            Assert.That(byName["alpha-vpc"].Overlaps(byName["beta-vpc"]) && byName["beta-vpc"].Overlaps(byName["gamma-vpc"]), Is.True,
                "the three components were built at the same time");
            Assert.That(test.Engine.RegisteredOutputs.Select(o => o.Urn).Order(), Is.EqualTo(results.Select(r => r.Urn).Order()));
        });
    }

    [Test]
    public async Task EveryChildStartsOnlyAfterEachChildItNeedsHasBeenAnswered()
    {
        var scenario = Scenario.All().First();
        var options = Scenario.Options(preview: false) with { RegistrationLatency = TimeSpan.FromMilliseconds(20) };
        await using var test = await ComponentTest.StartAsync(scenario.Mocks(), options);

        await test.ConstructAsync("mig", scenario.Inputs.Build());

        var byName = test.Engine.Registrations.ToDictionary(r => r.Request.Name);
        var plan = scenario.Plan("mig");
        Assert.Multiple(() =>
        {
            foreach (var resource in plan.Resources)
            {
                foreach (var prerequisite in resource.Prerequisites.Append("mig"))
                {
                    Assert.That(byName[resource.Name].Started, Is.GreaterThanOrEqualTo(byName[prerequisite].Finished), $"{resource.Name} after {prerequisite}");
                }
            }
        });
    }
}
