using System.CommandLine;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Schema;

namespace TidbDms.Provider.Tests.Schema;

/// <summary>
/// provider/schema.json is generated, never edited: these tests fail when the contract model and the
/// checked-in (and embedded) schema drift apart. ACCEPT=1 rewrites the checked-in file.
/// </summary>
public sealed class SchemaGoldenTests
{
    private const string RegenerateCommand =
        "ACCEPT=1 dotnet test tests/TidbDms.Provider.Tests --filter FullyQualifiedName~TidbDms.Provider.Tests.Schema";

    private static readonly string SchemaFile = RepositoryRoot.File("provider", "schema.json");

    [Test]
    public void GenerateMatchesCheckedInSchemaJson()
    {
        var generated = SchemaGenerator.Generate();
        if (Environment.GetEnvironmentVariable("ACCEPT") == "1")
        {
            File.WriteAllText(SchemaFile, generated);
        }

        var checkedIn = File.ReadAllText(SchemaFile);

        Assert.That(
            checkedIn,
            Is.EqualTo(generated),
            $"provider/schema.json is out of date with the contract model (provider/Component). Regenerate it with `{RegenerateCommand}`, then rebuild and commit it.");
    }

    [Test]
    public void JsonServedSchemaEqualsGenerated()
    {
        Assert.That(
            PackageSchema.Json,
            Is.EqualTo(SchemaGenerator.Generate()),
            $"the schema embedded in the plugin is out of date. Regenerate provider/schema.json with `{RegenerateCommand}`, then rebuild.");
    }

    [Test]
    public void GenerateIsDeterministicWithUnixLineEndsAndTrailingNewline()
    {
        var first = SchemaGenerator.Generate();

        Assert.Multiple(() =>
        {
            Assert.That(SchemaGenerator.Generate(), Is.EqualTo(first));
            Assert.That(first, Does.Not.Contain("\r"));
            Assert.That(first, Does.EndWith("}\n"));
            Assert.That(first, Does.Not.EndWith("\n\n"));
            Assert.That(first, Does.StartWith("{\n  \"name\": \"tidb-dms\",\n"));
        });
    }

    [Test]
    public void SchemaVerbPrintsServedSchema()
    {
        using var output = new StringWriter();
        var config = new InvocationConfiguration { Output = output };

        var exitCode = CliApp.Build().Parse(["schema"]).Invoke(config);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output.ToString(), Is.EqualTo(PackageSchema.Json));
        });
    }

    [Test]
    public void IsVerbSchemaIsTrue()
    {
        Assert.That(CliApp.IsVerb("schema"), Is.True);
    }
}
