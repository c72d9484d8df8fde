using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>The order a preview shows what the engine recorded in: a tree, siblings in the waves they can be created in, by name within a wave.</summary>
internal sealed class ResourceOrderTests
{
    private const string Root = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";

    private static RegisteredResource R(string name, string parent = Root, string type = "aws:ec2/vpc:Vpc", string[]? dependsOn = null, (string Key, string Urn)[]? propertyDependencies = null) =>
        new(
            Urn(name, type),
            type,
            name,
            parent,
            Custom: true,
            Remote: false,
            ImmutableSortedDictionary<string, PropertyValue>.Empty,
            [.. (dependsOn ?? []).Select(d => Urn(d))],
            (propertyDependencies ?? []).ToImmutableSortedDictionary(p => p.Key, p => ImmutableArray.Create(Urn(p.Urn)), StringComparer.Ordinal));

    /// <summary>Dependencies name their resource by name alone: those are all of the default type.</summary>
    private static string Urn(string name, string type = "aws:ec2/vpc:Vpc") => $"urn:pulumi:dev::p::{type}::{name}";

    [Test]
    public void SiblingsComeInWavesEachAfterWhatItNeedsAndByNameWithinAWave()
    {
        var siblings = new[]
        {
            R("nat", dependsOn: ["public", "eip"]),
            R("vpc"),
            R("public", propertyDependencies: [("vpcId", "vpc")]),
            R("eip"),
            R("route", dependsOn: ["nat"], propertyDependencies: [("vpcId", "vpc")]),
            R("private", propertyDependencies: [("vpcId", "vpc")]),
            R("certificate"),
        };

        var order = ResourceOrder.Siblings(siblings).Select(r => r.Name);

        Assert.That(order, Is.EqualTo(["certificate", "eip", "vpc", "private", "public", "nat", "route"]));
    }

    [Test]
    public void TheOrderDoesNotDependOnTheOrderThingsWereRecordedIn()
    {
        var siblings = new[] { R("b", dependsOn: ["a"]), R("a"), R("c"), R("d", type: "aws:ec2/eip:Eip"), R("d", type: "aws:dms/endpoint:Endpoint") };

        var forward = ResourceOrder.Siblings(siblings).Select(r => (r.Name, r.Type));
        var backward = ResourceOrder.Siblings(siblings.Reverse()).Select(r => (r.Name, r.Type));

        Assert.That(forward, Is.EqualTo(backward));
        Assert.That(forward, Is.EqualTo(new[] { ("a", "aws:ec2/vpc:Vpc"), ("c", "aws:ec2/vpc:Vpc"), ("d", "aws:dms/endpoint:Endpoint"), ("d", "aws:ec2/eip:Eip"), ("b", "aws:ec2/vpc:Vpc") }));
    }

    [Test]
    public void DependenciesOutsideTheSiblingsAndCyclesDoNotStopTheOrder()
    {
        var siblings = new[] { R("x", dependsOn: ["y", "elsewhere"]), R("y", dependsOn: ["x"]), R("z") };

        Assert.That(ResourceOrder.Siblings(siblings).Select(r => r.Name), Is.EquivalentTo(["x", "y", "z"]));
    }

    [Test]
    public void DescendantsAreListedDepthFirstUnderTheirParent()
    {
        var component = R("mig", type: "tidb-dms:index:TidbDmsMigration");
        var resources = new[]
        {
            R("mig-vpc", parent: component.Urn),
            component,
            R("inner", parent: Urn("mig-vpc")),
            R("mig-ca", parent: component.Urn),
            R("other", type: "tidb-dms:index:TidbDmsMigration"),
        };

        Assert.Multiple(() =>
        {
            Assert.That(ResourceOrder.Descendants(component.Urn, resources).Select(r => r.Name), Is.EqualTo(["mig-ca", "mig-vpc", "inner"]));
            Assert.That(ResourceOrder.Descendants(Root, resources).Select(r => r.Name), Is.EqualTo(["mig", "mig-ca", "mig-vpc", "inner", "other"]));
        });
    }
}
