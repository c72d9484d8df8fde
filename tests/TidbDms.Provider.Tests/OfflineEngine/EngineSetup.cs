using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.OfflineEngine;

/// <summary>The offline engine with a <see cref="FakePlugin"/> attached for <c>tidb-dms</c>, and a program client.</summary>
internal sealed class EngineSetup : IAsyncDisposable
{
    public const string AwsProvider = "urn:pulumi:dev::shop::pulumi:providers:aws::west::4e0c0a8b-7a1d-4f7e-9b5e-2a3c4d5e6f70";
    public const string Bucket = "urn:pulumi:dev::shop::aws:s3/bucket:Bucket::landing";
    public const string StackUrn = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";
    public const string ComponentUrn = "urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::mig";

    private EngineSetup(OfflineEngineHost engine, FakePlugin plugin)
    {
        Engine = engine;
        Plugin = plugin;
        Program = new ProgramClient(engine.Address);
    }

    public OfflineEngineHost Engine { get; }

    public FakePlugin Plugin { get; }

    public ProgramClient Program { get; }

    /// <summary>Project <c>shop</c>, stack <c>dev</c>, organization <c>acme</c>, 8 in parallel, some config (one key secret, one for the plugin's package).</summary>
    public static OfflineEngineOptions Options(bool dryRun = true) => new()
    {
        Project = "shop",
        Stack = "dev",
        Organization = "acme",
        DryRun = dryRun,
        Parallel = 8,
        Config = new Dictionary<string, string>
        {
            ["aws:region"] = "us-west-2",
            ["shop:tidbPassword"] = "pw-from-config",
            ["tidb-dms:flavour"] = "vanilla",
        }.ToImmutableSortedDictionary(StringComparer.Ordinal),
        ConfigSecretKeys = ["shop:tidbPassword"],
        Cloud = new OfflineAwsCloud("us-west-2"),
    };

    public static async Task<EngineSetup> StartAsync(FakePluginOptions? plugin = null, OfflineEngineOptions? options = null)
    {
        var engine = await OfflineEngineHost.StartAsync(options ?? Options());
        var fake = await FakePlugin.StartAsync(plugin);
        engine.UsePlugin("tidb-dms", fake.Address);
        return new EngineSetup(engine, fake);
    }

    public async ValueTask DisposeAsync()
    {
        Program.Dispose();
        await Plugin.DisposeAsync();
        await Engine.DisposeAsync();
    }
}
