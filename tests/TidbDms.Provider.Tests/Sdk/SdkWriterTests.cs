using TidbDms.SdkGenerator;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>The generator's writer: stale generated files go, what tools and package managers keep stays.</summary>
public sealed class SdkWriterTests
{
    private string _root = "";

    [SetUp]
    public void CreateRoot()
    {
        _root = Path.Combine(Path.GetTempPath(), "tidb-dms-sdkwriter-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
    }

    [TearDown]
    public void RemoveRoot() => Directory.Delete(_root, recursive: true);

    [Test]
    public void WriteDeletesStaleGeneratedFilesAndKeepsToolFolders()
    {
        Put("nodejs/oldResource.ts", "stale");
        Put("go/tidbdms/oldThing.go", "stale");
        Put("nodejs/node_modules/x/index.js", "kept");
        Put("nodejs/bin/index.js", "kept");
        Put("nodejs/package-lock.json", "kept");
        Put("dotnet/obj/project.assets.json", "kept");
        Put("python/build/lib/pulumi_x/__init__.py", "kept: pip's in-tree build");
        Put("python/pulumi_x.egg-info/PKG-INFO", "kept: setuptools' metadata");
        Put("python/pulumi_x/__pycache__/__init__.cpython-311.pyc", "kept");
        Put("README.md", "kept: sdk/README.md is written by hand");

        var deleted = SdkWriter.Write(_root, [new GeneratedFile("nodejs/index.ts", "export {};\n"), new GeneratedFile("go.mod", "module m\n")]);

        Assert.Multiple(() =>
        {
            Assert.That(deleted, Is.EqualTo(["go/tidbdms/oldThing.go", "nodejs/oldResource.ts"]));
            Assert.That(File.ReadAllText(Path.Combine(_root, "nodejs", "index.ts")), Is.EqualTo("export {};\n"));
            Assert.That(File.ReadAllText(Path.Combine(_root, "go.mod")), Is.EqualTo("module m\n"));
            Assert.That(Directory.Exists(Path.Combine(_root, "go", "tidbdms")), Is.False, "an emptied generated folder is removed");
            string[] keptFiles =
            [
                "nodejs/node_modules/x/index.js", "nodejs/bin/index.js", "nodejs/package-lock.json", "dotnet/obj/project.assets.json",
                "python/build/lib/pulumi_x/__init__.py", "python/pulumi_x.egg-info/PKG-INFO", "python/pulumi_x/__pycache__/__init__.cpython-311.pyc", "README.md",
            ];
            foreach (var kept in keptFiles)
            {
                Assert.That(File.Exists(Path.Combine(_root, kept)), Is.True, kept);
            }
        });
    }

    [Test]
    public void ExistingGeneratedFilesListsOnlyGeneratedPlaces()
    {
        Put("python/pulumi_x/__init__.py", "");
        Put("nodejs/node_modules/y.js", "");
        Put("python/build/lib/pulumi_x/__init__.py", "");
        Put("python/pulumi_x.egg-info/SOURCES.txt", "");
        Put("python/pulumi_x/__pycache__/__init__.cpython-311.pyc", "");
        Put("generator/Program.cs", "");
        Put("go.mod", "");

        Assert.That(SdkWriter.ExistingGeneratedFiles(_root), Is.EqualTo(["go.mod", "python/pulumi_x/__init__.py"]));
    }

    [TestCase("""{"name":"p","version":"1.0.0","functions":{}}""", "the schema's 'functions' section is not supported by this generator")]
    [TestCase("""{"name":"p","version":"1.0.0","resources":{"p:mod:R":{"isComponent":true}}}""", "token 'p:mod:R': only tokens of this package's root module (p:index:Name) are supported")]
    [TestCase("""{"name":"p","version":"1.0.0","resources":{"p:index:R":{"inputProperties":{"x":{"$ref":"/aws/v7.48.0/schema.json#/types/aws:x:Y"}}}}}""", "x: only references into this package's types are supported, not '/aws/v7.48.0/schema.json#/types/aws:x:Y'")]
    [TestCase("""{"name":"p","version":"1.0.0","resources":{"p:index:R":{"properties":{"o":{"type":"array","items":{"$ref":"#/types/p:index:T"}}}}},"types":{"p:index:T":{"type":"object","properties":{}}}}""", "p:index:R: output 'o' holds an object type; output object types are not supported by this generator")]
    public void GenerateRefusesWhatItCannotRenderByName(string schema, string message)
    {
        var error = Assert.Throws<NotSupportedException>(() => TidbDms.SdkGenerator.SdkGenerator.Generate(schema));

        Assert.That(error!.Message, Is.EqualTo(message));
    }

    [TestCase("vpcId", "vpc_id")]
    [TestCase("caCertificatePem", "ca_certificate_pem")]
    [TestCase("TidbDmsMigration", "tidb_dms_migration")]
    [TestCase("HTTPServer", "http_server")]
    [TestCase("ipv6Cidr", "ipv6_cidr")]
    [TestCase("multiAz", "multi_az")]
    public void SnakeFollowsPythonNaming(string name, string expected)
    {
        Assert.That(Names.Snake(name), Is.EqualTo(expected));
    }

    [TestCase("VerifyCa", "VERIFY_CA")]
    [TestCase("FullLoadAndCdc", "FULL_LOAD_AND_CDC")]
    [TestCase("None", "NONE")]
    public void UpperSnakeIsThePythonEnumMemberName(string name, string expected)
    {
        Assert.That(Names.UpperSnake(name), Is.EqualTo(expected));
    }

    [TestCase("0.1.0", "0.1.0")]
    [TestCase("1.2.0-alpha.1", "1.2.0a1")]
    [TestCase("1.2.0-rc.2+build.7", "1.2.0rc2")]
    public void PypiVersionIsPep440(string semver, string expected)
    {
        Assert.That(TidbDms.SdkGenerator.Python.PythonEmitter.PypiVersion(semver), Is.EqualTo(expected));
    }

    private void Put(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
