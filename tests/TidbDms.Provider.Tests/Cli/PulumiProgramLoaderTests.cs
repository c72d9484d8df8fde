using TidbDms.Provider.Cli;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Tests.Cli;

internal sealed class PulumiProgramLoaderTests
{
    private static IEnumerable<string> ErrorsOf(string yaml) =>
        PulumiProgramLoader.Parse(new StringReader(yaml), "Pulumi.yaml").Errors.Select(e => e.ToString());

    [Test]
    public void ParseFullProgramReadsNameConfigResourcesAndOutputs()
    {
        var program = ProgramText.Parse("""
            name: demo
            runtime: yaml
            description: ignored
            packages:
              tidb-dms: ./provider
            config:
              aws:region:
                value: us-west-2
              demo:host: gateway01.us-west-2.prod.aws.tidbcloud.com
              password:
                type: string
                secret: true
              port:
                type: integer
                default: 4000
            variables:
              unused: 1
            resources:
              migration:
                type: tidb-dms:TidbDmsMigration
                properties:
                  tier: Starter
                options:
                  protect: true
              bucket:
                type: aws:s3:Bucket
            outputs:
              vpcId: ${migration.vpcId}
            """);

        Assert.Multiple(() =>
        {
            Assert.That(program.Name, Is.EqualTo("demo"));
            Assert.That(program.Config.Select(c => (c.Key, c.Type?.ToString(), c.Secret, c.Node.Start.Line)), Is.EqualTo(new[]
            {
                ("aws:region", (string?)null, false, 7L),
                ("host", null, false, 9L),
                ("password", "string", true, 10L),
                ("port", "integer", false, 13L),
            }));
            Assert.That(program.Variables.Keys, Is.EqualTo(["unused"]));
            Assert.That(program.Resources.Select(r => (r.Name, r.Type, r.IsTidbDmsMigration)), Is.EqualTo(new[]
            {
                ("migration", "tidb-dms:TidbDmsMigration", true),
                ("bucket", "aws:s3:Bucket", false),
            }));
            Assert.That(program.Resources[0].Options!.Children.Keys.Select(k => k.ToString()), Is.EqualTo(["protect"]));
            Assert.That(program.Outputs.Select(o => (o.Name, ((YamlScalarNode)o.Value).Value)), Is.EqualTo(new[] { ("vpcId", "${migration.vpcId}") }));
        });
    }

    [TestCase("tidb-dms:TidbDmsMigration", true)]
    [TestCase("tidb-dms:index:TidbDmsMigration", true)]
    [TestCase("TIDB-DMS:index:tidbdmsmigration", true)]
    [TestCase("tidb-dms:index/tidbDmsMigration:TidbDmsMigration", false)]
    [TestCase("tidbdms:index:TidbDmsMigration", false)]
    public void IsTidbDmsMigrationMatchesTokenAndShortFormIgnoringCase(string type, bool expected)
    {
        var program = ProgramText.Parse($"name: p\nruntime: yaml\nresources:\n  m:\n    type: {type}\n");
        Assert.That(program.Resources[0].IsTidbDmsMigration, Is.EqualTo(expected));
    }

    [Test]
    public void ParseConfigurationKeyIsReadAsConfig()
    {
        var program = ProgramText.Parse("name: p\nruntime: yaml\nconfiguration:\n  size:\n    type: Number\n    default: 2\n");
        Assert.That(program.Config.Select(c => (c.Key, c.Type)), Is.EqualTo(new[] { ("size", (ConfigType?)new ConfigType(ConfigValueKind.Number)) }));
    }

    [Test]
    public void ParseRuntimeAsMappingIsAccepted()
    {
        Assert.That(ErrorsOf("name: p\nruntime:\n  name: yaml\n  options: {}\n"), Is.Empty);
    }

    [Test]
    public void ParseNodeJsProjectReadsRuntimeOptionsMainAndConfig()
    {
        var program = ProgramText.Parse("""
            name: ts
            runtime:
              name: nodejs
              options:
                typescript: false
                nodeargs: --max-old-space-size=512
            main: bin/index.js
            config:
              tidbPassword:
                type: string
                secret: true
            """);

        Assert.Multiple(() =>
        {
            Assert.That(program.Runtime.IsNodeJs, Is.True);
            Assert.That(program.Runtime.Options.Keys, Is.EqualTo(["nodeargs", "typescript"]));
            Assert.That(program.Main, Is.EqualTo("bin/index.js"));
            Assert.That(program.MainNode!.Start.Line, Is.EqualTo(7));
            Assert.That(program.Config.Select(c => (c.Key, c.Secret)), Is.EqualTo(new[] { ("tidbPassword", true) }));
        });
    }

    [Test]
    public void ParseNodeJsProjectWithYamlSectionsNamesEachAtItsLine()
    {
        Assert.That(ErrorsOf("name: p\nruntime: nodejs\nresources: {}\noutputs: {}\nvariables: {}\nmain: ''\n"), Is.EqualTo([
            "Pulumi.yaml:3: 'resources' belongs to YAML programs: a nodejs program declares its resources and outputs in its code",
            "Pulumi.yaml:4: 'outputs' belongs to YAML programs: a nodejs program declares its resources and outputs in its code",
            "Pulumi.yaml:5: 'variables' belongs to YAML programs: a nodejs program declares its resources and outputs in its code",
            "Pulumi.yaml:6: 'main' must be the program's folder or entry file, relative to Pulumi.yaml",]));
    }

    [Test]
    public void ParseRuntimeOptionsNotAMappingIsAnError()
    {
        Assert.That(ErrorsOf("name: p\nruntime:\n  name: nodejs\n  options: [typescript]\n"), Is.EqualTo(["Pulumi.yaml:4: runtime 'options' must be a mapping"]));
    }

    [Test]
    public void ParseStructuralProblemsAreAllReportedAtTheirLines()
    {
        var errors = ErrorsOf("""
            name: p
            runtime: python
            main: src/
            frobnicate: 1
            config:
              size:
                type: float
              flag:
                secret: maybe
              obj:
                nested: 1
            resources:
              noType:
                properties: {}
              listy: [1, 2]
              badProps:
                type: a:b:C
                properties: [1]
            """);

        Assert.That(errors, Is.EqualTo(new[]
        {
            "Pulumi.yaml:2: runtime 'python': preview runs Pulumi YAML programs (runtime: yaml) and Node.js programs (runtime: nodejs)",
            "Pulumi.yaml:3: 'main' is not supported by preview: it reads the resources written in this file",
            "Pulumi.yaml:4: unknown top-level key 'frobnicate'",
            "Pulumi.yaml:7: config 'size': type 'float' is not one of " + ConfigType.Allowed,
            "Pulumi.yaml:9: config 'flag': secret must be true or false",
            "Pulumi.yaml:11: config 'obj': unknown key 'nested' (a declaration has type, description, secret, default, value and items; an object value needs 'value:')",
            "Pulumi.yaml:13: resource 'noType' has no 'type'",
            "Pulumi.yaml:15: resource 'listy' must be a mapping with 'type' and 'properties'",
            "Pulumi.yaml:18: resource 'badProps': 'properties' and 'options' must be mappings",
        }));
    }

    [Test]
    public void ParseNoNameIsAnErrorAndNoProgram()
    {
        var (program, errors) = PulumiProgramLoader.Parse(new StringReader("runtime: yaml\n"), "x/Pulumi.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(program, Is.Null);
            Assert.That(errors.Select(e => e.ToString()), Is.EqualTo(["x/Pulumi.yaml:1: the program has no 'name' (the project name)"]));
        });
    }

    [TestCase("name: p\nruntime: yaml\nresources:\n  a: [1\n", "Pulumi.yaml:5:1: not valid YAML: ")]
    [TestCase("name: p\nruntime: yaml\nname: q\n", "Pulumi.yaml:3:1: not valid YAML: Duplicate key")]
    [TestCase("- a\n- b\n", "Pulumi.yaml:1: a Pulumi program is a YAML mapping with at least 'name' and 'runtime'")]
    [TestCase("", "Pulumi.yaml:1: a Pulumi program is a YAML mapping with at least 'name' and 'runtime'")]
    public void ParseNotAProgramIsOneLocatedError(string yaml, string expectedStart)
    {
        var errors = ErrorsOf(yaml).ToList();
        Assert.That(errors, Has.Count.EqualTo(1));
        Assert.That(errors[0], Does.StartWith(expectedStart));
    }

    [Test]
    public void TryLocateWithoutArgumentWalksUpToTheNearestProgram()
    {
        using var temp = new TempProgram("name: p\nruntime: yaml\n");
        var nested = Directory.CreateDirectory(Path.Combine(temp.Directory, "a", "b")).FullName;

        var found = PulumiProgramLoader.TryLocate(null, nested, out var path, out var display, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True, error);
            Assert.That(path, Is.EqualTo(Path.Combine(temp.Directory, "Pulumi.yaml")));
            Assert.That(display, Is.EqualTo(Path.Combine("..", "..", "Pulumi.yaml")));
        });
    }

    [Test]
    public void TryLocateWithoutArgumentStopsAtTheRepositoryRoot()
    {
        using var temp = new TempProgram("name: p\nruntime: yaml\n");
        var repository = Directory.CreateDirectory(Path.Combine(temp.Directory, "repo")).FullName;
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        var start = Directory.CreateDirectory(Path.Combine(repository, "src")).FullName;

        var found = PulumiProgramLoader.TryLocate(null, start, out _, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.False);
            Assert.That(error, Does.StartWith($"no Pulumi.yaml in {start} or its parents (up to the repository root)"));
        });
    }

    [Test]
    public void TryLocateDirectoryFindsItsPulumiYml()
    {
        using var temp = new TempProgram("name: p\nruntime: yaml\n", "Pulumi.yml");

        var found = PulumiProgramLoader.TryLocate("prog", Path.GetDirectoryName(temp.Directory)!, out var path, out var display, out _);
        Assert.That(found, Is.False, "a directory that does not exist is not found");

        found = PulumiProgramLoader.TryLocate(Path.GetFileName(temp.Directory), Path.GetDirectoryName(temp.Directory)!, out path, out display, out _);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(path, Is.EqualTo(Path.Combine(temp.Directory, "Pulumi.yml")));
            Assert.That(display, Is.EqualTo(Path.Combine(Path.GetFileName(temp.Directory), "Pulumi.yml")));
        });
    }

    [Test]
    public void TryLocateMissingFileNamesIt()
    {
        var found = PulumiProgramLoader.TryLocate("nope.yaml", Path.GetTempPath(), out _, out _, out var error);
        Assert.Multiple(() =>
        {
            Assert.That(found, Is.False);
            Assert.That(error, Is.EqualTo("nope.yaml: no such file or directory"));
        });
    }
}
