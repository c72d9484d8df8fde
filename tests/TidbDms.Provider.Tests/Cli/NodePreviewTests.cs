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
    public void The_programs_messages_are_errors_warnings_and_printed_lines_by_severity()
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
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "Running program failed" }));
            Assert.That(result.Warnings.Select(e => e.ToString()), Is.EqualTo(new[] { "careful" }));
            Assert.That(result.Console, Is.EqualTo(new[] { "info from pulumi.log.info", "console.log line" }));
        });
    }

    [Test]
    public void Secrets_the_preview_knows_of_are_masked_in_what_the_program_prints_and_logs()
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
            Assert.That(result.Console, Is.EqualTo(new[] { "password is [secret] or abc" }));
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "Error: bad token [secret]" }));
            Assert.That(result.Warnings.Select(e => e.ToString()), Is.EqualTo(new[] { "key [secret] and not-a-secret" }));
        });
    }

    [Test]
    public void A_failed_exit_without_an_error_is_an_error_naming_the_code()
    {
        var result = Result(Records([]), new NodeProgramExit(3, false, ["Segmentation fault"]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[] { "the program exited with code 3 without reporting an error (its output, if any, is above)" }));
            Assert.That(result.Console, Is.EqualTo(new[] { "Segmentation fault" }));
        });
    }

    [Test]
    public void A_stopped_program_is_an_error_naming_the_limit()
    {
        var result = Result(Records([]), new NodeProgramExit(137, true, []));

        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "the program was still running after 5 minutes and was stopped: a program that never ends keeps a timer, a server or an unsettled promise alive",
        }));
    }

    [Test]
    public void The_stacks_exports_are_the_outputs_and_print_under_the_stack()
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
    public void A_secret_config_without_a_value_becomes_a_secret_placeholder_and_nothing_else_changes()
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
