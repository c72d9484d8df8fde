using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// How a Node.js program's run becomes a preview, from records and exits made by hand: its messages
/// by severity, what it printed, its exports, and the errors for a run that ended badly without
/// saying why. (The whole path, with real programs, is in NodePrograms.)
/// </summary>
internal sealed class NodePreviewTests
{
    private const string StackUrn = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";

    private static readonly NodeProject Project = new("/p", "/p", ".", true, null, [], "/");

    private static EngineRecords Records(IEnumerable<LogRecord> logs, ImmutableSortedDictionary<string, PropertyValue>? exports = null) => new(
        [],
        [],
        [.. logs],
        exports is null ? [] : [new OutputsRecord(StackUrn, exports, 0)],
        [],
        StackUrn);

    private static PreviewResult Result(EngineRecords records, NodeProgramExit exit) =>
        NodePreview.Result("p", "dev", "p/Pulumi.yaml", Project, records, exit, TimeSpan.FromMinutes(5));

    [Test]
    public void TheProgramsMessagesAreErrorsWarningsAndPrintedLinesBySeverity()
    {
        var records = Records(
        [
            new LogRecord(MessageSeverity.Debug, "RegisterResource RPC prepared", ""),
            new LogRecord(MessageSeverity.Info, "info from pulumi.log.info", ""),
            new LogRecord(MessageSeverity.Warning, "careful", ""),
            new LogRecord(MessageSeverity.Error, "Running program failed", StackUrn),
        ]);

        var result = Result(records, new NodeProgramExit(NodeProgramExit.ErrorReported, false, ["console.log line"]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(["Running program failed"]));
            Assert.That(result.Warnings.Select(e => e.ToString()), Is.EqualTo(["careful"]));
            Assert.That(result.Console, Is.EqualTo(["info from pulumi.log.info", "console.log line"]));
        });
    }

    [Test]
    public void SecretsThePreviewKnowsOfAreMaskedInWhatTheProgramPrintsAndLogs()
    {
        // The program's own text: a console.log of the config password, an exception quoting an
        // exported secret, a warning quoting a secret nested in an export. "abc" is too short to mask.
        var exports = new Dictionary<string, PropertyValue>
        {
            ["token"] = PropertyValue.String("exported-Token-99").WithSecret(),
            ["nested"] = PropertyValue.Object(("inner", PropertyValue.String("nested-Key-77"))).WithSecret(),
            ["plain"] = PropertyValue.String("not-a-secret"),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
        var records = Records(
        [
            new LogRecord(MessageSeverity.Error, "Error: bad token exported-Token-99", StackUrn),
            new LogRecord(MessageSeverity.Warning, "key nested-Key-77 and not-a-secret", ""),
        ], exports);
        PropertyValue[] config = [PropertyValue.String("config-Password-42").WithSecret(), PropertyValue.String("abc").WithSecret()];

        var result = NodePreview.Result("p", "dev", "p/Pulumi.yaml", Project, records,
            new NodeProgramExit(NodeProgramExit.ErrorReported, false, ["password is config-Password-42 or abc"]), TimeSpan.FromMinutes(5), config);

        Assert.Multiple(() =>
        {
            Assert.That(result.Console, Is.EqualTo(["password is [secret] or abc"]));
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(["Error: bad token [secret]"]));
            Assert.That(result.Warnings.Select(e => e.ToString()), Is.EqualTo(["key [secret] and not-a-secret"]));
        });
    }

    [Test]
    public void AFailedExitWithoutAnErrorIsAnErrorNamingTheCode()
    {
        var result = Result(Records([]), new NodeProgramExit(3, false, ["Segmentation fault"]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(["the program exited with code 3 without reporting an error (its output, if any, is above)"]));
            Assert.That(result.Console, Is.EqualTo(["Segmentation fault"]));
        });
    }

    [Test]
    public void AStoppedProgramIsAnErrorNamingTheLimit()
    {
        var result = Result(Records([]), new NodeProgramExit(137, true, []));

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo([
            "the program was still running after 5 minutes and was stopped: a program that never ends keeps a timer, a server or an unsettled promise alive",]));
    }

    [Test]
    public void TheStacksExportsAreTheOutputsAndPrintUnderTheStack()
    {
        var exports = new Dictionary<string, PropertyValue>
        {
            ["vpcId"] = PropertyValue.Computed,
            ["ips"] = PropertyValue.Array(PropertyValue.String("203.0.113.7")),
            ["pw"] = PropertyValue.String("hunter2").WithSecret(),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);

        var result = Result(Records([new LogRecord(MessageSeverity.Warning, "careful", "")], exports), new NodeProgramExit(0, false, ["hello"]));
        using var text = new StringWriter();
        PreviewTextRenderer.Render(result, text);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Outputs.Select(o => (o.Name, o.IsList)), Is.EqualTo(new[] { ("ips", true), ("pw", false), ("vpcId", false) }));
            Assert.That(text.ToString().ReplaceLineEndings("\n"), Does.EndWith("""
                Stack outputs:
                    ips  : [
                        [0]: "203.0.113.7"
                    ]
                    pw   : [secret]
                    vpcId: output<string>

                Diagnostics:
                  pulumi:pulumi:Stack (p-dev):
                    hello
                    warning: careful

                """));
        });
    }

    [Test]
    public void ASecretConfigWithoutAValueBecomesASecretPlaceholderAndNothingElseChanges()
    {
        var config = new Dictionary<string, PropertyValue>
        {
            ["tidbPassword"] = PropertyValue.Computed.WithSecret(),
            ["other"] = PropertyValue.Computed,
            ["host"] = PropertyValue.String("h"),
        };

        var placed = NodePreview.WithPlaceholders(config);

        Assert.Multiple(() =>
        {
            Assert.That(placed["tidbPassword"], Is.EqualTo(PropertyValue.String(NodePreview.SecretPlaceholder).WithSecret()));
            Assert.That(placed["other"], Is.EqualTo(PropertyValue.Computed));
            Assert.That(placed["host"], Is.EqualTo(PropertyValue.String("h")));
        });
    }
}
