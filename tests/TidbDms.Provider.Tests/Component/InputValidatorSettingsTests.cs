using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>
/// The second release's rules, one table each: cluster.endpointSettings, task.settings and
/// task.settingsJson, and the credentials (password or Secrets Manager secret). Exact errors.
/// </summary>
[TestFixture]
internal sealed class InputValidatorSettingsTests
{
    private const string SecretArn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:tidb/dms-AbCdEf";
    private const string JsonFix = "Fix the JSON at that position; it must be one JSON object such as {\"ChangeProcessingTuning\": {\"CommitTimeout\": 5}}";
    private const string KeyArn = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static Inputs Target => Inputs.Valid();

    private static Inputs Source => Inputs.Valid().With("endpointType", "source");

    private static Inputs WithTask(Inputs inputs) => inputs
        .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
        .With("task.schemas", Inputs.Strings("app"));

    private static Inputs WithSecret(Inputs inputs) => inputs.Without("cluster.password").With("cluster.secretsManagerSecretArn", SecretArn);

    private static IEnumerable<TestCaseData> EndpointSettingsCases()
    {
        yield return Case(
            "executeTimeoutSeconds on a target",
            Target.With("cluster.endpointSettings.executeTimeoutSeconds", 30),
            new InputError(
                "cluster.endpointSettings.executeTimeoutSeconds",
                "30",
                "is a setting of a source endpoint, but endpointType is 'target'",
                "Remove cluster.endpointSettings.executeTimeoutSeconds: DMS ignores it on a target endpoint"));
        yield return Case(
            "serverTimezone on a target",
            Target.With("cluster.endpointSettings.serverTimezone", "UTC"),
            new InputError(
                "cluster.endpointSettings.serverTimezone",
                "UTC",
                "is a setting of a source endpoint, but endpointType is 'target'",
                "Remove cluster.endpointSettings.serverTimezone: DMS ignores it on a target endpoint"));
        yield return Case(
            "target settings on a source",
            Source.With("cluster.endpointSettings.parallelLoadThreads", 4).With("cluster.endpointSettings.maxFileSizeKb", 1024)
                .With("cluster.endpointSettings.targetDbType", "MultipleDatabases"),
            new InputError(
                "cluster.endpointSettings.parallelLoadThreads",
                "4",
                "is a setting of a target endpoint, but endpointType is 'source'",
                "Remove cluster.endpointSettings.parallelLoadThreads: DMS ignores it on a source endpoint"),
            new InputError(
                "cluster.endpointSettings.maxFileSizeKb",
                "1024",
                "is a setting of a target endpoint, but endpointType is 'source'",
                "Remove cluster.endpointSettings.maxFileSizeKb: DMS ignores it on a source endpoint"),
            new InputError(
                "cluster.endpointSettings.targetDbType",
                "MultipleDatabases",
                "is a setting of a target endpoint, but endpointType is 'source'",
                "Remove cluster.endpointSettings.targetDbType: DMS ignores it on a source endpoint"));
        foreach (var threads in new[] { 0, 33 })
        {
            yield return Case(
                $"parallelLoadThreads {threads}",
                Target.With("cluster.endpointSettings.parallelLoadThreads", threads),
                new InputError(
                    "cluster.endpointSettings.parallelLoadThreads",
                    $"{threads}",
                    "must be between 1 and 32",
                    "Set cluster.endpointSettings.parallelLoadThreads to a whole number from 1 to 32, or remove it"));
        }

        foreach (var size in new[] { 0, 1048577 })
        {
            yield return Case(
                $"maxFileSizeKb {size}",
                Target.With("cluster.endpointSettings.maxFileSizeKb", size),
                new InputError(
                    "cluster.endpointSettings.maxFileSizeKb",
                    $"{size}",
                    "must be between 1 and 1048576",
                    "Set cluster.endpointSettings.maxFileSizeKb to a whole number from 1 to 1048576, or remove it"));
        }

        yield return Case(
            "SpecificDatabase without databaseName",
            Target.With("cluster.endpointSettings.targetDbType", "SpecificDatabase"),
            new InputError(
                "cluster.endpointSettings.targetDbType",
                "SpecificDatabase",
                "'SpecificDatabase' puts every table into cluster.databaseName, which is not given",
                "Set cluster.databaseName to the database every table goes into, or set targetDbType to 'MultipleDatabases' (or remove it)"));
        yield return Case(
            "executeTimeoutSeconds 0 on a source",
            Source.With("cluster.endpointSettings.executeTimeoutSeconds", 0),
            new InputError(
                "cluster.endpointSettings.executeTimeoutSeconds",
                "0",
                "must be at least 1",
                "Set cluster.endpointSettings.executeTimeoutSeconds to a whole number of at least 1, or remove it"));
        yield return Case(
            "every target setting, in range",
            Target.With("cluster.endpointSettings.parallelLoadThreads", 32).With("cluster.endpointSettings.maxFileSizeKb", 1048576)
                .With("cluster.databaseName", "app").With("cluster.endpointSettings.targetDbType", "SpecificDatabase")
                .With("cluster.endpointSettings.afterConnectScript", "SET time_zone = '+00:00'"));
        yield return Case(
            "every source setting",
            Source.With("cluster.endpointSettings.executeTimeoutSeconds", 120).With("cluster.endpointSettings.serverTimezone", "US/Pacific")
                .With("cluster.endpointSettings.afterConnectScript", "SET SESSION tidb_isolation_read_engines = 'tikv'"));
        yield return Case(
            "a misspelt setting",
            Target.With("cluster.endpointSettings.parallelLoadThread", 4),
            new InputError("cluster.endpointSettings.parallelLoadThread", null, "is not a property of cluster.endpointSettings", "Did you mean 'parallelLoadThreads'?"));
    }

    private static IEnumerable<TestCaseData> TaskSettingsCases()
    {
        yield return Case(
            "batchApply with full-load",
            WithTask(Target).With("task.settings.batchApply", true),
            new InputError(
                "task.settings.batchApply",
                "true",
                "applies ongoing changes in batches, but task.migrationType is 'full-load', which migrates no changes",
                "Set task.settings.batchApply to false (or remove it), or set task.migrationType to 'cdc' or 'full-load-and-cdc'"));
        yield return Case(
            "batchApply with lobMode Full",
            WithTask(Target).With("task.migrationType", "cdc").With("task.settings.batchApply", true).With("task.settings.lobMode", "Full"),
            new InputError(
                "task.settings.batchApply",
                "true",
                "cannot be combined with task.settings.lobMode 'Full': DMS applies changes to LOB columns in batches only in limited LOB mode",
                "Set task.settings.lobMode to 'Limited', or task.settings.batchApply to false"));
        yield return Case("batchApply with cdc and limited LOBs", WithTask(Target).With("task.migrationType", "full-load-and-cdc").With("task.settings.batchApply", true));
        yield return Case(
            "lobMaxSizeKb with lobMode None",
            WithTask(Target).With("task.settings.lobMode", "None").With("task.settings.lobMaxSizeKb", 64),
            new InputError(
                "task.settings.lobMaxSizeKb",
                "64",
                "applies only with task.settings.lobMode 'Limited', but lobMode is 'None'",
                "Remove task.settings.lobMaxSizeKb, or set task.settings.lobMode to 'Limited'"));
        yield return Case(
            "lobMaxSizeKb with lobMode Full",
            WithTask(Target).With("task.settings.lobMode", "Full").With("task.settings.lobMaxSizeKb", 64),
            new InputError(
                "task.settings.lobMaxSizeKb",
                "64",
                "applies only with task.settings.lobMode 'Limited', but lobMode is 'Full'",
                "Remove task.settings.lobMaxSizeKb, or set task.settings.lobMode to 'Limited'"));
        foreach (var subTasks in new[] { 0, 50 })
        {
            yield return Case(
                $"fullLoadSubTasks {subTasks}",
                WithTask(Target).With("task.settings.fullLoadSubTasks", subTasks),
                new InputError(
                    "task.settings.fullLoadSubTasks",
                    $"{subTasks}",
                    "must be between 1 and 49",
                    "Set task.settings.fullLoadSubTasks to a whole number from 1 to 49, or remove it"));
        }

        foreach (var size in new[] { 0, 102401 })
        {
            yield return Case(
                $"lobMaxSizeKb {size}",
                WithTask(Target).With("task.settings.lobMaxSizeKb", size),
                new InputError(
                    "task.settings.lobMaxSizeKb",
                    $"{size}",
                    "must be between 1 and 102400",
                    "Set task.settings.lobMaxSizeKb to a whole number from 1 to 102400, or remove it"));
        }

        yield return Case("lobMaxSizeKb 1", WithTask(Target).With("task.settings.lobMaxSizeKb", 1));
        yield return Case("lobMaxSizeKb 102400", WithTask(Target).With("task.settings.lobMaxSizeKb", 102400));
        yield return Case("fullLoadSubTasks 1", WithTask(Target).With("task.settings.fullLoadSubTasks", 1));
        yield return Case("fullLoadSubTasks 49", WithTask(Target).With("task.settings.fullLoadSubTasks", 49));
        yield return Case(
            "an unknown lobMode name",
            WithTask(Target).With("task.settings.lobMode", "limited"),
            new InputError("task.settings.lobMode", "limited", "must be 'Limited', 'Full' or 'None'", "Write 'Limited' (values are case-sensitive)"));
        yield return Case(
            "logging unknown in a preview",
            WithTask(Target).With("task.settings.logging", PropertyValue.Computed),
            new InputError(
                "task.settings.logging",
                "[unknown]",
                "is unknown during the preview, but it decides which resources the component creates",
                "Set task.settings.logging from a literal or a config value, not from another resource's output"));
    }

    private static IEnumerable<TestCaseData> SettingsJsonCases()
    {
        yield return Case(
            "a missing comma on line 3",
            WithTask(Target).With("task.settingsJson", "{\n  \"A\": {\"B\": 1}\n  \"C\": 2\n}"),
            new InputError(
                "task.settingsJson",
                null,
                "is not valid JSON (line 3, column 3, byte 21)",
                JsonFix));
        yield return Case(
            "non-ASCII before the error counts as one column, several bytes",
            WithTask(Target).With("task.settingsJson", "{\"Ä\": ]}"),
            new InputError(
                "task.settingsJson",
                null,
                "is not valid JSON (line 1, column 7, byte 8)",
                JsonFix));
        yield return Case(
            "a key twice",
            WithTask(Target).With("task.settingsJson", "{\"A\": 1, \"A\": 2}"),
            new InputError(
                "task.settingsJson",
                null,
                "has a key twice in one object (line 1, column 10, byte 10)",
                JsonFix));
        yield return Case(
            "a key with half a surrogate pair",
            WithTask(Target).With("task.settingsJson", "{\"A\": 1,\n \"\\uD800\": 2}"),
            new InputError(
                "task.settingsJson",
                null,
                "has a key that escapes half of a UTF-16 surrogate pair (such as \\uD800) without the other half (line 2, column 2, byte 11)",
                JsonFix));
        yield return Case(
            "a value with half a surrogate pair",
            WithTask(Target).With("task.settingsJson", "{\"A\": \"\\uDC00\"}"));
        yield return Case(
            "the CloudWatch log group DMS sets",
            WithTask(Target).With("task.settingsJson", "{\"Logging\": {\"CloudWatchLogGroup\": \"g\"}}"),
            new InputError("task.settingsJson", null, "sets Logging.CloudWatchLogGroup, which DMS sets itself (a task that gives it fails to create)", "Remove Logging.CloudWatchLogGroup from task.settingsJson"));
        yield return Case(
            "the CloudWatch log stream DMS sets",
            WithTask(Target).With("task.settingsJson", "{\"Logging\": {\"CloudWatchLogStream\": \"s\"}}"),
            new InputError("task.settingsJson", null, "sets Logging.CloudWatchLogStream, which DMS sets itself (a task that gives it fails to create)", "Remove Logging.CloudWatchLogStream from task.settingsJson"));
        yield return Case(
            "both CloudWatch keys DMS sets",
            WithTask(Target).With("task.settingsJson", "{\"Logging\": {\"CloudWatchLogStream\": \"s\", \"CloudWatchLogGroup\": \"g\"}}"),
            new InputError("task.settingsJson", null, "sets Logging.CloudWatchLogGroup, which DMS sets itself (a task that gives it fails to create)", "Remove Logging.CloudWatchLogGroup from task.settingsJson"),
            new InputError("task.settingsJson", null, "sets Logging.CloudWatchLogStream, which DMS sets itself (a task that gives it fails to create)", "Remove Logging.CloudWatchLogStream from task.settingsJson"));
        yield return Case("the CloudWatch keys outside Logging", WithTask(Target).With("task.settingsJson", "{\"ErrorBehavior\": {\"CloudWatchLogGroup\": \"g\", \"CloudWatchLogStream\": \"s\"}}"));
        foreach (var (json, kind) in new[] { ("[1]", "an array"), ("\"settings\"", "a string"), ("5", "a number"), ("true", "a boolean"), ("false", "a boolean"), ("null", "null") })
        {
            yield return Case(
                $"{kind} ({json})",
                WithTask(Target).With("task.settingsJson", json),
                new InputError(
                    "task.settingsJson",
                    null,
                    $"must be a JSON object (DMS task settings), not {kind}",
                    JsonFix));
        }

        yield return Case("a section of its own", WithTask(Target).With("task.settingsJson", "{\"ChangeProcessingTuning\": {\"CommitTimeout\": 5}}"));
        yield return Case(
            "a key of a closed object again in its parent",
            WithTask(Target).With("task.settingsJson", "{\"ChangeProcessingTuning\": {\"CommitTimeout\": 5}, \"CommitTimeout\": 5}"));
        yield return Case(
            "a key twice in a nested object",
            WithTask(Target).With("task.settingsJson", "{\"ChangeProcessingTuning\": {\"CommitTimeout\": 5},\n \"ErrorBehavior\": {\"A\": 1, \"A\": 2}}"),
            new InputError(
                "task.settingsJson",
                null,
                "has a key twice in one object (line 2, column 28, byte 77)",
                JsonFix));
    }

    private static IEnumerable<TestCaseData> CredentialsCases()
    {
        yield return Case(
            "neither password nor secret",
            Target.Without("cluster.password"),
            new InputError(
                "cluster.password",
                null,
                "is required (or cluster.secretsManagerSecretArn)",
                "Set cluster.password to the SQL user's password, from a secret config value, or set cluster.secretsManagerSecretArn to the AWS Secrets Manager secret that holds the credentials"));
        yield return Case(
            "both",
            Target.With("cluster.secretsManagerSecretArn", SecretArn),
            new InputError(
                "cluster.secretsManagerSecretArn",
                SecretArn,
                "cannot be combined with cluster.password: DMS takes the credentials either from the endpoint or from the secret",
                "Keep either cluster.password or cluster.secretsManagerSecretArn"));
        yield return Case("the secret alone", WithSecret(Target));
        yield return Case("the secret without a user name", WithSecret(Target).Without("cluster.username"));
        yield return Case("the secret and its key", WithSecret(Target).With("cluster.secretsManagerKmsKeyArn", KeyArn));
        yield return Case(
            "a password without a user name",
            Target.Without("cluster.username"),
            new InputError(
                "cluster.username",
                null,
                "is required (unless cluster.secretsManagerSecretArn holds the credentials)",
                "Set cluster.username to the SQL user DMS logs in as (Starter and Essential: '<prefix>.<name>')"));
        yield return Case(
            "a secret name instead of its ARN",
            WithSecret(Target).With("cluster.secretsManagerSecretArn", "tidb/dms"),
            new InputError(
                "cluster.secretsManagerSecretArn",
                "tidb/dms",
                "must be the full ARN of a Secrets Manager secret: 'arn:<partition>:secretsmanager:<region>:<account>:secret:<name>' (the access role is allowed exactly this ARN)",
                "Copy the secret's ARN from the AWS Secrets Manager console, or pass the arn output of the aws:secretsmanager/secret:Secret resource"));
        yield return Case(
            "a key without a secret",
            Target.With("cluster.secretsManagerKmsKeyArn", KeyArn),
            new InputError(
                "cluster.secretsManagerKmsKeyArn",
                KeyArn,
                "applies only with cluster.secretsManagerSecretArn (it is the key that encrypts that secret)",
                "Remove cluster.secretsManagerKmsKeyArn, or give cluster.secretsManagerSecretArn"));
        yield return Case(
            "a key alias",
            WithSecret(Target).With("cluster.secretsManagerKmsKeyArn", "arn:aws:kms:us-west-2:123456789012:alias/tidb"),
            new InputError(
                "cluster.secretsManagerKmsKeyArn",
                "arn:aws:kms:us-west-2:123456789012:alias/tidb",
                "must be a KMS key ARN: 'arn:<partition>:kms:<region>:<account>:key/<key-id>' (an alias cannot name the key in the access role's policy)",
                "Copy the key's ARN from the AWS KMS console, or pass the arn output of the aws:kms/key:Key resource"));
    }

    [TestCaseSource(nameof(EndpointSettingsCases))]
    public void EndpointSettingsBelongToTheirEndpointTypeAndRange(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(TaskSettingsCases))]
    public void TaskSettingsRules(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(SettingsJsonCases))]
    public void SettingsJsonParsesToAnObjectDMSAccepts(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(CredentialsCases))]
    public void ExactlyOneOfPasswordAndSecret(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [Test]
    public void SettingsJsonThatSetsAnOwnedKeyIsAWarningNamingTheInput()
    {
        var result = InputCheck.Run(WithTask(Target).With("task.settingsJson", "{\"TargetMetadata\": {\"LobMaxSize\": 64, \"TargetSchema\": \"\"}}").Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(
                result.Warnings,
                Is.EqualTo(new[]
                {
                    new InputWarning(
                        "task.settingsJson",
                        "sets TargetMetadata.LobMaxSize, which task.settings.lobMaxSizeKb decides; the JSON wins, so the task does not do what that input says: set the input instead"),
                }));
        });
    }

    [TestCase("FullLoadSettings", "MaxFullLoadSubTasks", "16", "task.settings.fullLoadSubTasks")]
    [TestCase("FullLoadSettings", "TargetTablePrepMode", "\"DROP_AND_CREATE\"", "task.settings.targetTablePrepMode")]
    [TestCase("Logging", "EnableLogging", "false", "task.settings.logging")]
    [TestCase("Logging", "LogComponents", "[]", "task.settings.logging")]
    [TestCase("TargetMetadata", "BatchApplyEnabled", "true", "task.settings.batchApply")]
    [TestCase("TargetMetadata", "FullLobMode", "true", "task.settings.lobMode")]
    [TestCase("TargetMetadata", "LimitedSizeLobMode", "false", "task.settings.lobMode")]
    [TestCase("TargetMetadata", "LobChunkSize", "128", "task.settings.lobMode")]
    [TestCase("TargetMetadata", "LobMaxSize", "64", "task.settings.lobMaxSizeKb")]
    [TestCase("TargetMetadata", "SupportLobs", "false", "task.settings.lobMode")]
    [TestCase("ValidationSettings", "EnableValidation", "true", "task.settings.validation")]
    public void EachOwnedKeyInSettingsJsonIsAWarningNamingItsInput(string section, string key, string value, string input)
    {
        var result = InputCheck.Run(WithTask(Target).With("task.settingsJson", $"{{\"{section}\": {{\"{key}\": {value}}}}}").Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(
                result.Warnings,
                Is.EqualTo(new[]
                {
                    new InputWarning(
                        "task.settingsJson",
                        $"sets {section}.{key}, which {input} decides; the JSON wins, so the task does not do what that input says: set the input instead"),
                }));
        });
    }

    [Test]
    public void InvalidSecretSettingsJsonIsReportedWithoutItsText()
    {
        const string Hidden = "{\"X\": \"hunter2-SECRET\" oops}";
        var result = InputCheck.Run(WithTask(Target).With("task.settingsJson", PropertyValue.String(Hidden).WithSecret()).Build());

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => (e.Path, e.Value, e.Problem)), Is.EqualTo(new[] { ("task.settingsJson", (string?)null, "is not valid JSON (line 1, column 24, byte 24)") }));
            Assert.That(string.Join("\n", result.Errors.Select(e => e.ToString())), Does.Not.Contain("hunter2"));
        });
    }

    [Test]
    public void TaskSettingsDefaultPerEndpointType()
    {
        var target = InputCheck.Run(WithTask(Target).Build()).Args!.Task!.Settings;
        var source = InputCheck.Run(WithTask(Source).Build()).Args!.Task!.Settings;

        Assert.Multiple(() =>
        {
            Assert.That(target, Is.EqualTo(TaskSettingsArgs.DefaultsFor(EndpointType.Target)));
            Assert.That(target.TargetTablePrepMode.Value, Is.EqualTo(TargetTablePrepMode.DoNothing));
            Assert.That(source.TargetTablePrepMode.Value, Is.EqualTo(TargetTablePrepMode.DropAndCreate));
            Assert.That((target.LobMode.Value, target.LobMaxSizeKb.Value, target.FullLoadSubTasks.Value, target.Validation.Value, target.BatchApply.Value, target.Logging),
                Is.EqualTo((LobMode.Limited, 32, 8, false, false, true)));
        });
    }

    private static void AssertErrors(Inputs inputs, InputError[] expected)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.EqualTo(expected), string.Join("\n", result.Errors));
        Assert.That(result.Args, expected.Length == 0 ? Is.Not.Null : Is.Null);
    }

    private static TestCaseData Case(string name, Inputs inputs, params InputError[] expected) =>
        new TestCaseData(inputs, expected).SetName($"{{m}}({name})");
}
