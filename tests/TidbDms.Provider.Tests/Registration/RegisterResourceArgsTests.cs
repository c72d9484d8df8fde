using System.Collections.Immutable;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Registration;

[Parallelizable(ParallelScope.All)]
internal sealed class RegisterResourceArgsTests
{
    [Test]
    public void ARegistrationGivenNoOptionsSendsNone()
    {
        // Every option not set must stay empty: the wire passes on whatever is there, and the engine acts on it (deletedWith a URN that is not one).
        var args = new RegisterResourceArgs("aws:ec2/vpc:Vpc", "mig-vpc", HandBuiltPlans.ComponentUrn, Custom: true, ImmutableSortedDictionary<string, PropertyValue>.Empty);

        Assert.Multiple(() =>
        {
            Assert.That((args.Provider, args.Version, args.DeletedWith), Is.EqualTo(("", "", "")));
            Assert.That((args.Protect, args.RetainOnDelete, args.DeleteBeforeReplace, args.CustomTimeouts), Is.EqualTo(((bool?)null, (bool?)null, (bool?)null, (CustomTimeouts?)null)));
            Assert.That(args.Dependencies, Is.Empty);
            Assert.That(args.PropertyDependencies, Is.Empty);
            Assert.That(args.Providers, Is.Empty);
            Assert.That(args.Aliases, Is.Empty);
            Assert.That(args.AdditionalSecretOutputs, Is.Empty);
        });
    }
}
