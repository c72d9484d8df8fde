using System.Text;
using TidbDms.Provider.Tests.Schema;
using TidbDms.SdkGenerator;
using Generator = TidbDms.SdkGenerator.SdkGenerator;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>
/// The committed SDKs under sdk/ are exactly what the generator makes from the committed schema: same files,
/// byte for byte, none missing, none extra. A schema change without regenerating fails here.
/// </summary>
public sealed class SdkDriftTests
{
    private const string Regenerate = "dotnet run --project sdk/generator";

    private static readonly string CommittedSdk = RepositoryRoot.File("sdk");

    private string _fresh = "";

    [OneTimeSetUp]
    public void GenerateIntoTempFolder()
    {
        _fresh = Path.Combine(Path.GetTempPath(), "tidb-dms-sdk-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_fresh);
        SdkWriter.Write(_fresh, Generator.Generate(File.ReadAllText(RepositoryRoot.File("provider", "schema.json"))));
    }

    [OneTimeTearDown]
    public void RemoveTempFolder() => Directory.Delete(_fresh, recursive: true);

    [Test]
    public void CommittedSdkHasExactlyTheGeneratedFiles()
    {
        var generated = SdkWriter.ExistingGeneratedFiles(_fresh);
        var committed = SdkWriter.ExistingGeneratedFiles(CommittedSdk);

        Assert.Multiple(() =>
        {
            Assert.That(committed.Except(generated), Is.Empty, $"files under sdk/ the generator no longer writes; run `{Regenerate}` (it deletes them) and commit");
            Assert.That(generated.Except(committed), Is.Empty, $"generated files missing under sdk/; run `{Regenerate}` and commit");
        });
    }

    private static IEnumerable<string> GeneratedPaths() =>
        Generator.Generate(File.ReadAllText(RepositoryRoot.File("provider", "schema.json"))).Select(f => f.Path);

    [TestCaseSource(nameof(GeneratedPaths))]
    public void CommittedFileEqualsGenerated(string path)
    {
        var committed = Path.Combine(CommittedSdk, path);
        Assert.That(File.Exists(committed), Is.True, $"sdk/{path} is missing; run `{Regenerate}` and commit");

        var expected = File.ReadAllBytes(Path.Combine(_fresh, path));
        var actual = File.ReadAllBytes(committed);

        Assert.That(actual, Is.EqualTo(expected), $"sdk/{path} differs from what the generator makes from provider/schema.json (first difference at byte {FirstDifference(actual, expected)}); run `{Regenerate}` and commit");
    }

    [Test]
    public void GenerateIsDeterministicUtf8WithUnixLineEnds()
    {
        var schema = File.ReadAllText(RepositoryRoot.File("provider", "schema.json"));
        var first = Generator.Generate(schema);
        var second = Generator.Generate(schema);

        Assert.Multiple(() =>
        {
            Assert.That(second.Select(f => (f.Path, f.Content)), Is.EqualTo(first.Select(f => (f.Path, f.Content))));
            Assert.That(first.Where(f => f.Content.Contains('\r')).Select(f => f.Path), Is.Empty);
            Assert.That(first.Where(f => f.Content.Length > 0 && !f.Content.EndsWith('\n')).Select(f => f.Path), Is.Empty);
            Assert.That(File.ReadAllBytes(Path.Combine(_fresh, "nodejs", "index.ts")).Take(3), Is.Not.EqualTo(Encoding.UTF8.GetPreamble()));
        });
    }

    private static int FirstDifference(byte[] a, byte[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
