using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;

namespace TidbDms.Provider.Tests.Registration;

[Parallelizable(ParallelScope.All)]
internal sealed class PropertyValueExtensionsTests
{
    [Test]
    public void AnAbsentOrUnknownValueLosesItsDependenciesAndStaysWhatItWas()
    {
        var value = PropertyValue.Object(
            ("absent", PropertyValue.Null.WithDependencies([InputDependency])),
            ("unknown", PropertyValue.Computed.WithSecret().WithDependencies([InputDependency])));

        Assert.That(value.WithoutDependencies(), Is.EqualTo(PropertyValue.Object(("absent", PropertyValue.Null), ("unknown", PropertyValue.Computed.WithSecret()))));
    }
}
