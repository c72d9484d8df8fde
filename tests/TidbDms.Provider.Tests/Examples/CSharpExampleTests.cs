using System.Text.Json;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Sdk;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// The C# example, without Pulumi's NuGet packages (unreachable here, so it cannot be built): compiled with
/// Roslyn as three assemblies, as dotnet would build them: tests/dotnet/PulumiApi.cs (the declarations of the
/// part of Pulumi's .NET API that the SDK and the program use), the generated SDK's sources (sdk/dotnet,
/// C# 10 as its net6.0 project), and the program (C# 12 as its net8.0 project). So every SDK type, property,
/// enum member, conversion (plain value or <c>Input&lt;T&gt;</c>) and output the program names is bound as
/// the C# compiler binds it. From the bound program, what it gives the component must be what the YAML twin
/// gives it.
/// </summary>
public sealed class CSharpExampleTests
{
    private const string ProjectFile = "CsharpServerlessWithTask.csproj";

    private static readonly SdkExample Example = SdkExample.CSharp;

    private static readonly Lazy<Build> Built = new(() => Build.Of(File.ReadAllText(Example.Program)));

    [Test]
    public void ProgramParsesWithoutDiagnostics()
    {
        Assert.That(Built.Value.Program.SyntaxTrees.Single().GetDiagnostics().Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void SdkAndProgramCompileAgainstPulumisApiWithoutErrors()
    {
        var build = Built.Value;

        Assert.Multiple(() =>
        {
            Assert.That(Errors(build.Pulumi), Is.Empty, "tests/dotnet/PulumiApi.cs");
            Assert.That(Errors(build.Sdk), Is.Empty, "sdk/dotnet");
            Assert.That(build.Program.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()), Is.Empty, Example.ProgramFile);
            Assert.That(build.Sdk.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath)), Does.Contain("TidbDmsMigration.cs").And.Contain("ClusterArgs.cs").And.Contain("Enums.cs"));
        });
    }

    [Test]
    public void ProgramGivesTheComponentWhatItsYamlTwinGives()
    {
        var settings = Built.Value.Settings();

        Assert.Multiple(() =>
        {
            Assert.That(ExampleValues.Canonical(settings), Is.EquivalentTo(YamlTwin.Load(Example.Twin).Settings));
            Assert.That(settings["cluster.password"], Is.EqualTo("secret:tidbPassword"), "the password comes from config.RequireSecret");
            Assert.That(settings["replication.mode"], Is.EqualTo("enum:Serverless"));
            Assert.That(settings["task.schemas"], Is.EqualTo("[\"shop\"]"));
        });
    }

    [Test]
    public void ProgramExportsWhatItsYamlTwinExports()
    {
        Assert.That(Built.Value.Exports(), Is.EquivalentTo(YamlTwin.Load(Example.Twin).Exports));
    }

    /// <summary>
    /// The compilation fails where the C# compiler would: a member the SDK lacks, a string where a plain
    /// enum is taken, an Input where a plain value is taken, an output the component lacks.
    /// </summary>
    [Test]
    public void CompilationFailsOnWhatTheSdkDoesNotTake()
    {
        var broken = File.ReadAllText(Example.Program)
            .Replace("Tier = Tier.Starter", "Tier = Tier.Premium", StringComparison.Ordinal)
            .Replace("PublicAccess = PublicAccess.NatGateway", "PublicAccess = \"NatGateway\"", StringComparison.Ordinal)
            .Replace("Mode = ReplicationMode.Serverless", "Mode = Output.Create(ReplicationMode.Serverless)", StringComparison.Ordinal)
            .Replace("migration.TidbEndpointArn", "migration.EndpointArn", StringComparison.Ordinal);

        var errors = Build.Of(broken).Program.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That(errors, Is.EquivalentTo(new[]
        {
            ("CS0117", "'Tier' does not contain a definition for 'Premium'"),
            ("CS0029", "Cannot implicitly convert type 'string' to 'TidbDms.Sdk.PublicAccess?'"),
            ("CS0029", "Cannot implicitly convert type 'Pulumi.Output<TidbDms.Sdk.ReplicationMode>' to 'TidbDms.Sdk.ReplicationMode?'"),
            ("CS1061", "'TidbDmsMigration' does not contain a definition for 'EndpointArn' and no accessible extension method 'EndpointArn' accepting a first argument of type 'TidbDmsMigration' could be found (are you missing a using directive or an assembly reference?)"),
        }));
    }

    [Test]
    public void ProjectReferencesPulumiAndThisRepositorysSdkProject()
    {
        var project = XDocument.Load(Path.Combine(Example.Folder, ProjectFile));
        var projectReference = project.Descendants("ProjectReference").Single().Attribute("Include")!.Value;

        Assert.Multiple(() =>
        {
            Assert.That(project.Descendants("PackageReference").Select(p => (p.Attribute("Include")!.Value, p.Attribute("Version")!.Value)), Is.EqualTo(new[] { ("Pulumi", "3.*") }));
            Assert.That(projectReference, Is.EqualTo("../../sdk/dotnet/TidbDms.Sdk.csproj"));
            Assert.That(Path.GetFullPath(Path.Combine(Example.Folder, projectReference)), Is.EqualTo(RepositoryRoot.File("sdk", "dotnet", "TidbDms.Sdk.csproj")));
            Assert.That(project.Descendants("TargetFramework").Single().Value, Is.EqualTo("net8.0"));
            Assert.That(Directory.GetFiles(Example.Folder, "*.csproj").Select(Path.GetFileName), Is.EqualTo(new[] { ProjectFile }), "the .NET language host builds the folder's one project");
        });
    }

    /// <summary>
    /// MSBuild evaluates the project with its own Directory.Build.props, not the repository's (which makes the
    /// provider's projects net10.0 with warnings as errors): evaluation only, offline, no restore.
    /// </summary>
    [Test]
    public void ProjectIsEvaluatedWithoutTheRepositorysBuildSettings()
    {
        string[] names = ["DirectoryBuildPropsPath", "TargetFramework", "TreatWarningsAsErrors", "EnforceCodeStyleInBuild", "GenerateDocumentationFile"];
        var example = Evaluate(Path.Combine(Example.Folder, ProjectFile), names);
        var repository = Evaluate(RepositoryRoot.File("tests", "TidbDms.Provider.Tests", "TidbDms.Provider.Tests.csproj"), names);
        var globalJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(Example.Folder, "global.json"))).RootElement.GetProperty("sdk");

        Assert.Multiple(() =>
        {
            Assert.That(example["DirectoryBuildPropsPath"], Is.EqualTo(Path.Combine(Example.Folder, "Directory.Build.props")));
            Assert.That((example["TargetFramework"], example["TreatWarningsAsErrors"], example["EnforceCodeStyleInBuild"], example["GenerateDocumentationFile"]),
                Is.EqualTo(("net8.0", "false", "false", "false")));
            Assert.That((repository["TargetFramework"], repository["TreatWarningsAsErrors"], repository["EnforceCodeStyleInBuild"]), Is.EqualTo(("net10.0", "true", "true")),
                "the settings the example's Directory.Build.props keeps out");
            Assert.That(File.ReadAllText(Path.Combine(Example.Folder, "Directory.Build.props")), Does.Not.Contain("<Import"));
            Assert.That((globalJson.GetProperty("version").GetString(), globalJson.GetProperty("rollForward").GetString()), Is.EqualTo(("8.0.100", "latestMajor")));
        });
    }

    private static Dictionary<string, string> Evaluate(string project, string[] properties)
    {
        var run = ToolRun.Run(ToolRun.Require("dotnet"), Path.GetDirectoryName(project)!, new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
            ["msbuild", project, .. properties.Select(p => "-getProperty:" + p)]);
        Assert.That(run.ExitCode, Is.Zero, run.Describe("dotnet msbuild -getProperty"));
        return JsonDocument.Parse(run.Output).RootElement.GetProperty("Properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static IEnumerable<string> Errors(Compilation compilation) =>
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());

    /// <summary>The three compilations, each referencing the ones before it, as the real build references assemblies.</summary>
    internal sealed record Build(CSharpCompilation Pulumi, CSharpCompilation Sdk, CSharpCompilation Program)
    {
        private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(() =>
            [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("System.", StringComparison.Ordinal) || f is "netstandard.dll" or "mscorlib.dll"))
                .Select(p => MetadataReference.CreateFromFile(p))]);

        private static readonly Lazy<(CSharpCompilation Pulumi, CSharpCompilation Sdk)> Libraries = new(() =>
        {
            var pulumi = Library("Pulumi", LanguageVersion.CSharp10, [RepositoryRoot.File("tests", "dotnet", "PulumiApi.cs")], []);
            var sdkDir = RepositoryRoot.File("sdk", "dotnet");
            var sources = Directory.GetFiles(sdkDir, "*.cs", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(sdkDir, f).Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"))
                .Order(StringComparer.Ordinal);
            return (pulumi, Library("TidbDms.Sdk", LanguageVersion.CSharp10, sources, [pulumi.ToMetadataReference()]));
        });

        public static Build Of(string programSource)
        {
            var (pulumi, sdk) = Libraries.Value;
            var program = CSharpCompilation.Create(
                "CsharpServerlessWithTask",
                [CSharpSyntaxTree.ParseText(programSource, new CSharpParseOptions(LanguageVersion.CSharp12), path: Example.ProgramFile)],
                [.. Framework.Value, pulumi.ToMetadataReference(), sdk.ToMetadataReference()],
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            return new Build(pulumi, sdk, program);
        }

        private static CSharpCompilation Library(string name, LanguageVersion version, IEnumerable<string> files, IEnumerable<MetadataReference> references) =>
            CSharpCompilation.Create(
                name,
                files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(version), path: f)),
                [.. Framework.Value, .. references],
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        private SemanticModel Model => Program.GetSemanticModel(Program.SyntaxTrees.Single());

        private IEnumerable<SyntaxNode> Nodes => Program.SyntaxTrees.Single().GetRoot().DescendantNodes();

        /// <summary>What the program gives the component, by wire path (from the SDK's <c>[Input("…")]</c>), values as <see cref="ExampleValues"/> spells them.</summary>
        public Dictionary<string, string> Settings()
        {
            var creation = Nodes.OfType<ObjectCreationExpressionSyntax>().Single(c => Model.GetTypeInfo(c).Type?.Name == "TidbDmsMigrationArgs");
            var settings = new Dictionary<string, string>(StringComparer.Ordinal);
            Read(creation, "", settings);
            return settings;
        }

        /// <summary>The stack outputs: each <c>["name"] = migration.X</c> with X's <c>[Output("…")]</c> name.</summary>
        public Dictionary<string, string> Exports() =>
            Nodes.OfType<AssignmentExpressionSyntax>()
                .Where(a => a.Left is ImplicitElementAccessSyntax)
                .ToDictionary(
                    a => (string)Model.GetConstantValue(((ImplicitElementAccessSyntax)a.Left).ArgumentList.Arguments.Single().Expression).Value!,
                    a => Model.GetSymbolInfo(a.Right).Symbol is IPropertySymbol { ContainingType.Name: "TidbDmsMigration" } output ? WireName(output, "Output") : "expr:" + a.Right,
                    StringComparer.Ordinal);

        private void Read(ObjectCreationExpressionSyntax creation, string prefix, Dictionary<string, string> settings)
        {
            foreach (var assignment in creation.Initializer!.Expressions.OfType<AssignmentExpressionSyntax>())
            {
                var property = (IPropertySymbol)Model.GetSymbolInfo(assignment.Left).Symbol!;
                var path = prefix + WireName(property, "Input");
                if (assignment.Right is ObjectCreationExpressionSyntax nested && IsSdk(Model.GetTypeInfo(nested).Type))
                {
                    Read(nested, path + ".", settings);
                }
                else
                {
                    settings[path] = Value(assignment.Right);
                }
            }
        }

        private string Value(ExpressionSyntax expression)
        {
            if (expression is InitializerExpressionSyntax list)
            {
                return "[" + string.Join(",", list.Expressions.Select(Value)) + "]";
            }

            var symbol = Model.GetSymbolInfo(expression).Symbol;
            if (symbol is IPropertySymbol { IsStatic: true } member && member.ContainingType.GetAttributes().Any(a => a.AttributeClass?.Name == "EnumTypeAttribute"))
            {
                var declaration = (PropertyDeclarationSyntax)member.DeclaringSyntaxReferences.Single().GetSyntax();
                var wire = ((ObjectCreationExpressionSyntax)declaration.Initializer!.Value).ArgumentList!.Arguments.Single().Expression;
                return "enum:" + ((LiteralExpressionSyntax)wire).Token.ValueText;
            }

            if (symbol is IMethodSymbol { ContainingType.Name: "Config" } getter && expression is InvocationExpressionSyntax call
                && Model.GetConstantValue(call.ArgumentList.Arguments.Single().Expression).Value is string key)
            {
                return (getter.Name.EndsWith("Secret", StringComparison.Ordinal) ? "secret:" : "config:") + key;
            }

            return Model.GetConstantValue(expression) is { HasValue: true, Value: var constant }
                ? JsonSerializer.Serialize(constant)
                : "expr:" + expression;
        }

        private static bool IsSdk(ITypeSymbol? type) => type?.ContainingNamespace.ToDisplayString().StartsWith("TidbDms.Sdk", StringComparison.Ordinal) == true;

        /// <summary>The wire name of an SDK property: its [Input]/[Output] attribute, or its backing field's (<c>_x</c>) for collections and secrets.</summary>
        private static string WireName(IPropertySymbol property, string attribute)
        {
            var field = property.ContainingType.GetMembers("_" + char.ToLowerInvariant(property.Name[0]) + property.Name[1..]).SingleOrDefault();
            var marked = property.GetAttributes().Concat(field?.GetAttributes() ?? [])
                .SingleOrDefault(a => a.AttributeClass?.Name == attribute + "Attribute");
            return marked?.ConstructorArguments[0].Value as string ?? "?" + property.Name;
        }
    }
}
