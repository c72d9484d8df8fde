using TidbDms.SdkGenerator;
using Generator = TidbDms.SdkGenerator.SdkGenerator;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>
/// The generator walks any schema of the shape it supports, not just ours: a made-up package with a secret
/// input, a secret output, a plain default, no language settings and a prerelease version gets each
/// language's defaults and secret handling, and its Go and Python still pass gofmt and py_compile.
/// </summary>
public sealed class GeneratorGenericityTests
{
    private const string Schema = """
        {
          "name": "demo-pkg",
          "version": "1.2.0-alpha.1",
          "resources": {
            "demo-pkg:index:Widget": {
              "isComponent": true,
              "description": "A widget.",
              "inputProperties": {
                "apiToken": { "type": "string", "secret": true, "description": "The token." },
                "size": { "type": "integer", "plain": true, "default": 3 }
              },
              "requiredInputs": ["apiToken"],
              "properties": {
                "key": { "type": "string", "secret": true }
              }
            }
          },
          "language": { "go": { "importBasePath": "example.com/demo/sdk/go/demopkg" } }
        }
        """;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Files =
        new(() => Generator.Generate(Schema).ToDictionary(f => f.Path, f => f.Content));

    [TestCase("nodejs/widget.ts", "resourceInputs[\"apiToken\"] = args?.apiToken ? pulumi.secret(args?.apiToken) : undefined;")]
    [TestCase("nodejs/widget.ts", "resourceInputs[\"size\"] = (args?.size) ?? 3;")]
    [TestCase("nodejs/widget.ts", "const secretOpts = { additionalSecretOutputs: [\"key\"] };")]
    [TestCase("nodejs/package.json", "\"name\": \"@pulumi/demo-pkg\",")]
    [TestCase("nodejs/package.json", "\"@pulumi/pulumi\": \"^3.142.0\"")]
    [TestCase("nodejs/utilities.ts", "return { version: getVersion() };")]
    [TestCase("python/pulumi_demo_pkg/widget.py", "__props__.__dict__[\"api_token\"] = None if api_token is None else pulumi.Output.secret(api_token)")]
    [TestCase("python/pulumi_demo_pkg/widget.py", "secret_opts = pulumi.ResourceOptions(additional_secret_outputs=[\"key\"])")]
    [TestCase("python/setup.py", "VERSION = \"1.2.0a1\"")]
    [TestCase("python/setup.py", "'pulumi>=3.231.0,<4.0.0',")]
    [TestCase("go/demopkg/widget.go", "args.ApiToken = pulumi.ToSecret(args.ApiToken).(pulumi.StringInput)")]
    [TestCase("go/demopkg/widget.go", "secrets := pulumi.AdditionalSecretOutputs([]string{\n\t\t\"key\",\n\t})")]
    [TestCase("go.mod", "module example.com/demo/sdk\n")]
    [TestCase("dotnet/Widget.cs", "namespace Pulumi.DemoPkg\n")]
    [TestCase("dotnet/Widget.cs", "[DemoPkgResourceType(\"demo-pkg:index:Widget\")]")]
    [TestCase("dotnet/Widget.cs", "AdditionalSecretOutputs =\n                {\n                    \"key\",\n                },")]
    [TestCase("dotnet/Widget.cs", "_apiToken = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);")]
    [TestCase("dotnet/Pulumi.DemoPkg.csproj", "<PackageReference Include=\"Pulumi\" Version=\"[3.76.1.0,4)\" />")]
    public void FileHasTheLanguagesShape(string path, string text)
    {
        Assert.That(Files.Value, Does.ContainKey(path));
        Assert.That(Files.Value[path], Does.Contain(text));
    }

    /// <summary>Under the default root namespace (Pulumi.DemoPkg) Pulumi's types are in scope without a using, as gen-sdk leaves them.</summary>
    [TestCase("dotnet/Widget.cs")]
    [TestCase("dotnet/Provider.cs")]
    public void DotnetUnderThePulumiRootNamespaceHasNoUsingPulumi(string path)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Files.Value[path], Does.Contain("using Pulumi.Serialization;\n\nnamespace Pulumi.DemoPkg\n"));
            Assert.That(Files.Value[path], Does.Not.Contain("using Pulumi;"));
        });
    }

    [Test]
    public void PluginJsonHasNoServerWithoutADownloadUrl()
    {
        Assert.That(Files.Value["python/pulumi_demo_pkg/pulumi-plugin.json"], Is.EqualTo("{\n  \"resource\": true,\n  \"name\": \"demo-pkg\",\n  \"version\": \"1.2.0-alpha.1\"\n}\n"));
    }

    [Category(TestCategories.Go)]
    [Category(TestCategories.Python)]
    [Test]
    public void GoAndPythonAreWellFormed()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tidb-dms-generic-sdk-" + Guid.NewGuid().ToString("N"));
        try
        {
            SdkWriter.Write(dir, Generator.Generate(Schema));
            var gofmt = ToolRun.Run(ToolRun.Require("gofmt"), dir, null, "-l", Path.Combine(dir, "go"));
            var python = ToolRun.Run(ToolRun.Require("python3"), dir, new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" },
                ["-c", "import ast, pathlib, sys; [ast.parse(p.read_text(), str(p)) for p in pathlib.Path(sys.argv[1]).rglob('*.py')]", Path.Combine(dir, "python")]);

            Assert.Multiple(() =>
            {
                Assert.That((gofmt.ExitCode, gofmt.Output), Is.EqualTo((0, "")), gofmt.Describe("gofmt -l go"));
                Assert.That(python.ExitCode, Is.Zero, python.Describe("python3 ast.parse"));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
