using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Component;

/// <summary>The generated task-settings document: exact canonical text, the merge of settingsJson, unknowns and secrets.</summary>
internal sealed class TaskSettingsDocumentTests
{
    private const string LogComponents =
        "[{\"Id\":\"SOURCE_UNLOAD\",\"Severity\":\"LOGGER_SEVERITY_DEFAULT\"},{\"Id\":\"SOURCE_CAPTURE\",\"Severity\":\"LOGGER_SEVERITY_DEFAULT\"},"
        + "{\"Id\":\"TARGET_LOAD\",\"Severity\":\"LOGGER_SEVERITY_DEFAULT\"},{\"Id\":\"TARGET_APPLY\",\"Severity\":\"LOGGER_SEVERITY_DEFAULT\"},"
        + "{\"Id\":\"TASK_MANAGER\",\"Severity\":\"LOGGER_SEVERITY_DEFAULT\"}]";

    private static TaskSettingsArgs Target => TaskSettingsArgs.DefaultsFor(EndpointType.Target);

    [Test]
    public void DefaultsForATargetAreTheTiDBTunedDocumentWithSortedKeys()
    {
        Assert.That(
            TaskSettingsDocument.Render(Target, null),
            Is.EqualTo(
                "{\"FullLoadSettings\":{\"MaxFullLoadSubTasks\":8,\"TargetTablePrepMode\":\"DO_NOTHING\"},"
                + $"\"Logging\":{{\"EnableLogging\":true,\"LogComponents\":{LogComponents}}},"
                + "\"TargetMetadata\":{\"BatchApplyEnabled\":false,\"FullLobMode\":false,\"LimitedSizeLobMode\":true,\"LobChunkSize\":64,\"LobMaxSize\":32,\"SupportLobs\":true},"
                + "\"ValidationSettings\":{\"EnableValidation\":false}}"));
    }

    [TestCase(LobMode.Full, "\"FullLobMode\":true,\"LimitedSizeLobMode\":false,\"LobChunkSize\":64,\"LobMaxSize\":0,\"SupportLobs\":true")]
    [TestCase(LobMode.None, "\"FullLobMode\":false,\"LimitedSizeLobMode\":false,\"LobChunkSize\":64,\"LobMaxSize\":0,\"SupportLobs\":false")]
    [TestCase(LobMode.Limited, "\"FullLobMode\":false,\"LimitedSizeLobMode\":true,\"LobChunkSize\":64,\"LobMaxSize\":32,\"SupportLobs\":true")]
    public void LobModeSetsTheFourLobKeys(LobMode mode, string expected)
    {
        var text = TaskSettingsDocument.Render(Target with { LobMode = Input<LobMode>.Known(mode) }, null);

        Assert.That(text, Does.Contain($"\"TargetMetadata\":{{\"BatchApplyEnabled\":false,{expected}}}"));
    }

    [Test]
    public void EverySettingReachesItsKey()
    {
        var settings = new TaskSettingsArgs(
            Input<TargetTablePrepMode>.Known(TargetTablePrepMode.TruncateBeforeLoad),
            Input<LobMode>.Known(LobMode.Limited),
            Input<int>.Known(1024),
            Input<int>.Known(49),
            Input<bool>.Known(true),
            Input<bool>.Known(true),
            false);

        Assert.That(
            TaskSettingsDocument.Render(settings, null),
            Is.EqualTo(
                "{\"FullLoadSettings\":{\"MaxFullLoadSubTasks\":49,\"TargetTablePrepMode\":\"TRUNCATE_BEFORE_LOAD\"},"
                + $"\"Logging\":{{\"EnableLogging\":false,\"LogComponents\":{LogComponents}}},"
                + "\"TargetMetadata\":{\"BatchApplyEnabled\":true,\"FullLobMode\":false,\"LimitedSizeLobMode\":true,\"LobChunkSize\":64,\"LobMaxSize\":1024,\"SupportLobs\":true},"
                + "\"ValidationSettings\":{\"EnableValidation\":true}}"));
    }

    [Test]
    public void SettingsJsonMergesObjectsKeyByKeyReplacesTheRestAndIsSortedAtEveryLevel()
    {
        const string Json = """
            {
              "ValidationSettings": {"ThreadCount": 5, "EnableValidation": true},
              "Logging": {"LogComponents": [{"Severity": "LOGGER_SEVERITY_DEBUG", "Id": "TARGET_APPLY"}]},
              "ChangeProcessingTuning": {"MemoryLimitTotal": 2048, "BatchApplyTimeoutMin": 1},
              "TTSettings": null
            }
            """;

        Assert.That(
            TaskSettingsDocument.Render(Target, Json),
            Is.EqualTo(
                "{\"ChangeProcessingTuning\":{\"BatchApplyTimeoutMin\":1,\"MemoryLimitTotal\":2048},"
                + "\"FullLoadSettings\":{\"MaxFullLoadSubTasks\":8,\"TargetTablePrepMode\":\"DO_NOTHING\"},"
                + "\"Logging\":{\"EnableLogging\":true,\"LogComponents\":[{\"Id\":\"TARGET_APPLY\",\"Severity\":\"LOGGER_SEVERITY_DEBUG\"}]},"
                + "\"TTSettings\":null,"
                + "\"TargetMetadata\":{\"BatchApplyEnabled\":false,\"FullLobMode\":false,\"LimitedSizeLobMode\":true,\"LobChunkSize\":64,\"LobMaxSize\":32,\"SupportLobs\":true},"
                + "\"ValidationSettings\":{\"EnableValidation\":true,\"ThreadCount\":5}}"));
    }

    [Test]
    public void TheSameSettingsWrittenDifferentlyGiveTheSameText()
    {
        var a = TaskSettingsDocument.Render(Target, "{\"B\":{\"y\":1,\"x\":2},\"A\":true}");
        var b = TaskSettingsDocument.Render(Target, "{\n  \"A\" : true,\n  \"B\" : { \"x\" : 2, \"y\" : 1 }\n}");

        Assert.That(a, Is.EqualTo(b));
    }

    [Test]
    public void AnUnknownSettingOrJsonMakesTheDocumentUnknownKeepingDependencies()
    {
        var task = new TaskArgs(
            Input<string>.Known("arn"), Input<MigrationType>.Known(MigrationType.FullLoad), null, Input<string>.Known("{}"), Input<bool>.Known(false))
        {
            Settings = Target,
            SettingsJson = Input<string>.Unknown(dependencies: ["urn:json"]),
        };

        var value = TaskSettingsDocument.For(task);

        Assert.Multiple(() =>
        {
            Assert.That(value.IsComputed, Is.True);
            Assert.That(value.Dependencies, Is.EqualTo(["urn:json"]));
        });
    }

    [Test]
    public void ASecretSettingsJsonMakesTheDocumentSecret()
    {
        var task = new TaskArgs(
            Input<string>.Known("arn"), Input<MigrationType>.Known(MigrationType.FullLoad), null, Input<string>.Known("{}"), Input<bool>.Known(false))
        {
            Settings = Target,
            SettingsJson = Input<string>.Known("{\"A\":1}", isSecret: true),
        };

        var value = TaskSettingsDocument.For(task);

        Assert.Multiple(() =>
        {
            Assert.That(value.IsSecret, Is.True);
            Assert.That(value.TryGetString(out var text) && text.StartsWith("{\"A\":1,\"FullLoadSettings\"", StringComparison.Ordinal), Is.True);
        });
    }

    [Test]
    public void OwnedKeysSetByTheJsonAreNamedWithTheirInput()
    {
        Assert.That(TaskSettingsDocument.TryParse("{\"Logging\":{\"EnableLogging\":false},\"FullLoadSettings\":{\"CommitRate\":1}}", out var document, out _), Is.True);

        var owned = TaskSettingsDocument.OwnedKeysSetBy(document!).ToList();

        Assert.That(owned.Select(k => (k, TaskSettingsDocument.OwnedKeys[k])), Is.EqualTo(new[] { ("Logging.EnableLogging", "task.settings.logging") }));
    }

    [Test]
    public void OwnedKeysAreExactlyTheGeneratedOnes()
    {
        var generated = TaskSettingsDocument.Generate(Target)
            .SelectMany(section => section.Value!.AsObject().Select(key => $"{section.Key}.{key.Key}"))
            .Order(StringComparer.Ordinal);

        Assert.That(generated, Is.EqualTo(TaskSettingsDocument.OwnedKeys.Keys.ToImmutableArray()));
    }

    [TestCase("ab\ncd\nef", 0, "line 1, column 1, byte 1")]
    [TestCase("ab\ncd\nef", 2, "line 1, column 3, byte 3")]
    [TestCase("ab\ncd\nef", 3, "line 2, column 1, byte 4")]
    [TestCase("ab\ncd\nef", 4, "line 2, column 2, byte 5")]
    [TestCase("ab\ncd\nef", 5, "line 2, column 3, byte 6")]
    [TestCase("ab\ncd\nef", 7, "line 3, column 2, byte 8")]
    [TestCase("ab\ncd\nef", 100, "line 3, column 3, byte 9")]
    [TestCase("\nab", 0, "line 1, column 1, byte 1")]
    [TestCase("\nab", 1, "line 2, column 1, byte 2")]
    [TestCase("\u00C4\n\u00D6\u00FC", 5, "line 2, column 2, byte 6")]
    [TestCase("\u00C4\n\u00D6\u00FC", 7, "line 2, column 3, byte 8")]
    public void PositionOfAnOffsetCountsLinesAndColumnsInCharactersAndBytesFromOne(string text, long offset, string expected)
    {
        Assert.That(TaskSettingsDocument.Position(text, offset), Is.EqualTo(expected));
    }

    [TestCase("ab\ncd", 0, 0, "line 1, column 1, byte 1")]
    [TestCase("ab\ncd", 1, 1, "line 2, column 2, byte 5")]
    [TestCase("ab\ncd", 5, 0, "line 6, column 1, byte 6")]
    [TestCase("ab\ncd", 1, 10, "line 2, column 3, byte 6")]
    [TestCase("\u00C4\n\u00D6\u00FC", 1, 10, "line 2, column 3, byte 8")]
    public void PositionOfALineAndByteStopsAtTheEndOfTheText(string text, long line, long byteInLine, string expected)
    {
        Assert.That(TaskSettingsDocument.Position(text, line, byteInLine), Is.EqualTo(expected));
    }

    [Test]
    public void AKeyOfAClosedObjectMayRepeatInItsParent()
    {
        var parsed = TaskSettingsDocument.TryParse("{\"A\":{\"x\":1},\"x\":2}", out var document, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True);
            Assert.That(problem, Is.Null);
            Assert.That(document!.ToJsonString(), Is.EqualTo("{\"A\":{\"x\":1},\"x\":2}"));
        });
    }

    [Test]
    public void AKeyTwiceIsRefusedWhereItRepeats()
    {
        var parsed = TaskSettingsDocument.TryParse("{\"A\":{\"x\":1,\n\"x\":2}}", out var document, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(document, Is.Null);
            Assert.That(problem, Is.EqualTo("has a key twice in one object (line 2, column 1, byte 14)"));
        });
    }
}
