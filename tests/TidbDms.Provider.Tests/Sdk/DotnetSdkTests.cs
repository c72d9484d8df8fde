using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TidbDms.Provider.Tests.Schema;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>
/// The generated .NET SDK, without the Pulumi NuGet package (unreachable here, so it cannot be built): every
/// file parses with Roslyn without a syntax diagnostic, and its classes carry an [Input] per schema input and
/// an [Output] per schema output, in namespace TidbDms.Sdk.
/// </summary>
public sealed class DotnetSdkTests
{
    private const string Namespace = "TidbDms.Sdk";

    private static readonly string SdkDir = RepositoryRoot.File("sdk", "dotnet");

    private static readonly Lazy<IReadOnlyList<SyntaxTree>> Trees = new(() =>
        [.. Directory.GetFiles(SdkDir, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.CSharp10), path: Path.GetRelativePath(SdkDir, f)))]);

    private static IEnumerable<string> Files() =>
        Directory.GetFiles(SdkDir, "*.cs", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(SdkDir, f)).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(Files))]
    public void FileParsesWithoutDiagnostics(string file)
    {
        var tree = Trees.Value.Single(t => t.FilePath == file);

        Assert.That(tree.GetDiagnostics().Select(d => d.ToString()), Is.Empty);
    }

    /// <summary>
    /// The namespace is TidbDms.Sdk, outside Pulumi's, so every file that names Input, Output or the resource
    /// options unqualified needs <c>using Pulumi;</c> (gen-sdk adds it outside the Pulumi root namespace);
    /// Utilities.cs names them with <c>global::</c> only.
    /// </summary>
    [Test]
    public void FilesNamingPulumiTypesImportThePulumiNamespace()
    {
        var importing = Trees.Value.Where(t => t.GetCompilationUnitRoot().Usings.Any(u => u.Name?.ToString() == "Pulumi")).Select(t => t.FilePath);

        Assert.That(importing, Is.EquivalentTo(Files().Where(f => f != "Utilities.cs")));
    }

    [Test]
    public void SdkHasTheExpectedFiles()
    {
        Assert.That(Files(), Is.EquivalentTo<string>([
            "Enums.cs", "Provider.cs", "TidbDmsMigration.cs", "Utilities.cs", .. SchemaFacts.ObjectTypes.Keys.Select(t => Path.Combine("Inputs", t + "Args.cs"))]));
    }

    [Test]
    public void ComponentHasAnOutputPerSchemaOutputAndIsRemote()
    {
        var component = Class("TidbDmsMigration");

        Assert.Multiple(() =>
        {
            Assert.That(Namespaced(component), Is.EqualTo(Namespace));
            Assert.That(Wire(component, "Output").Select(w => (w.Wire, w.Member)), Is.EquivalentTo(SchemaFacts.Outputs.Select(o => (o.Name, SchemaFacts.Pascal(o.Name)))));
            Assert.That(component.BaseList!.ToString(), Is.EqualTo(": global::Pulumi.ComponentResource"));
            Assert.That(component.AttributeLists.ToString(), Is.EqualTo($"[SdkResourceType(\"{SchemaFacts.ComponentToken}\")]"));
            Assert.That(component.ToString(), Does.Contain("remote: true").And.Contain("PluginDownloadURL = \"github://api.github.com/tidb-dms/tidb-dms\""));
        });
    }

    [Test]
    public void ArgsHasAnInputPerSchemaInputRequiredAsTheSchemaSays()
    {
        var args = Class("TidbDmsMigrationArgs");

        Assert.That(Wire(args, "Input").Select(w => (w.Wire, w.Member, w.Required)),
            Is.EquivalentTo(SchemaFacts.Inputs.Select(i => (i.Name, SchemaFacts.Pascal(i.Name), i.Required))));
    }

    private static IEnumerable<string> ObjectTypeNames() => SchemaFacts.ObjectTypes.Keys.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ObjectTypeNames))]
    public void InputTypeHasAnInputPerProperty(string type)
    {
        var args = Class(type + "Args");

        Assert.Multiple(() =>
        {
            Assert.That(Namespaced(args), Is.EqualTo(Namespace + ".Inputs"));
            Assert.That(Wire(args, "Input").Select(w => (w.Wire, w.Member, w.Required)),
                Is.EquivalentTo(SchemaFacts.ObjectTypes[type].Select(p => (p.Name, SchemaFacts.Pascal(p.Name), p.Required))));
        });
    }

    [Test]
    public void SecretPasswordIsWrappedInCreateSecretBehindItsBackingField()
    {
        var cluster = Class("ClusterArgs");
        var field = cluster.Members.OfType<FieldDeclarationSyntax>().Single(f => f.Declaration.Variables.Single().Identifier.Text == "_password");
        var property = cluster.Members.OfType<PropertyDeclarationSyntax>().Single(p => p.Identifier.Text == "Password");

        Assert.Multiple(() =>
        {
            Assert.That(field.AttributeLists.ToString(), Is.EqualTo("[Input(\"password\")]"));
            Assert.That(property.AccessorList!.Accessors.Single(a => a.Keyword.Text == "set").ToString(), Does.Contain("Output.CreateSecret(0)").And.Contain("_password = Output.Tuple<Input<string>?, int>(value, emptySecret)"));
        });
    }

    private static IEnumerable<string> EnumNames() => SchemaFacts.Enums.Keys.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(EnumNames))]
    public void EnumIsAnEnumTypeStructWithAMemberPerValue(string name)
    {
        var declaration = Root<StructDeclarationSyntax>().Single(s => s.Identifier.Text == name);
        var members = declaration.Members.OfType<PropertyDeclarationSyntax>()
            .Where(p => p.Modifiers.Any(SyntaxKind.StaticKeyword))
            .Select(p => (p.Identifier.Text, ((LiteralExpressionSyntax)((ObjectCreationExpressionSyntax)p.Initializer!.Value).ArgumentList!.Arguments[0].Expression).Token.ValueText));

        Assert.Multiple(() =>
        {
            Assert.That(Namespaced(declaration), Is.EqualTo(Namespace));
            Assert.That(declaration.AttributeLists.ToString(), Is.EqualTo("[EnumType]"));
            Assert.That(members, Is.EqualTo(SchemaFacts.Enums[name].Select(v => (v.Name, v.Value))));
        });
    }

    [Test]
    public void ProjectPacksVersionAndPluginJsonAsContent()
    {
        var project = File.ReadAllText(Path.Combine(SdkDir, Namespace + ".csproj"));

        Assert.Multiple(() =>
        {
            Assert.That(project, Does.Contain("<EmbeddedResource Include=\"version.txt\" />"));
            Assert.That(project, Does.Contain("<None Include=\"version.txt\" Pack=\"True\" PackagePath=\"content\" />"));
            Assert.That(project, Does.Contain("<None Include=\"pulumi-plugin.json\" Pack=\"True\" PackagePath=\"content\" />"));
            Assert.That(project, Does.Contain($"<Version>{SchemaFacts.Version}</Version>"));
            Assert.That(project, Does.Contain("<PackageReference Include=\"Pulumi\" Version=\"3.*\" />"));
            Assert.That(File.ReadAllText(Path.Combine(SdkDir, "version.txt")), Is.EqualTo(SchemaFacts.Version + "\n"));
            Assert.That(File.ReadAllText(Path.Combine(SdkDir, "Utilities.cs")), Does.Contain($"GetManifestResourceStream(\"{Namespace}.version.txt\")"));
        });
    }

    private sealed record WireMember(string Wire, string Member, bool Required);

    /// <summary>The members carrying [Input("…")] or [Output("…")]: a backing field <c>_x</c> stands for property <c>X</c>.</summary>
    private static List<WireMember> Wire(TypeDeclarationSyntax type, string attribute)
    {
        var found = new List<WireMember>();
        foreach (var member in type.Members)
        {
            var attr = member.AttributeLists.SelectMany(l => l.Attributes).SingleOrDefault(a => a.Name.ToString() == attribute);
            if (attr is null)
            {
                continue;
            }

            var wire = ((LiteralExpressionSyntax)attr.ArgumentList!.Arguments[0].Expression).Token.ValueText;
            var required = attr.ArgumentList.Arguments.Any(a => a.NameColon?.Name.Identifier.Text == "required" && a.Expression.ToString() == "true");
            var name = member switch
            {
                PropertyDeclarationSyntax p => p.Identifier.Text,
                FieldDeclarationSyntax f => SchemaFacts.Pascal(f.Declaration.Variables.Single().Identifier.Text.TrimStart('_')),
                _ => throw new InvalidOperationException($"[{attribute}] on {member.Kind()}"),
            };
            found.Add(new WireMember(wire, name, required));
        }

        return found;
    }

    private static ClassDeclarationSyntax Class(string name) => Root<ClassDeclarationSyntax>().Single(c => c.Identifier.Text == name);

    private static IEnumerable<T> Root<T>() where T : SyntaxNode => Trees.Value.SelectMany(t => t.GetRoot().DescendantNodes().OfType<T>());

    private static string Namespaced(SyntaxNode node) => node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().First().Name.ToString();
}
