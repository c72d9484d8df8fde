using TidbDms.Provider.Hosting;

namespace TidbDms.Provider.Tests.Hosting;

[TestFixture]
internal sealed class ProviderHostOptionsTests
{
    [TestCase(new string[0], null, TestName = "no arguments: attach mode")]
    [TestCase(new[] { "127.0.0.1:1234" }, "127.0.0.1:1234", TestName = "engine address only")]
    [TestCase(new[] { "--logtostderr", "-v=9", "127.0.0.1:1234" }, "127.0.0.1:1234", TestName = "log flags first")]
    [TestCase(new[] { "--logflow", "--logtostderr", "-v=3", "--tracing", "file:/tmp/trace.json", "127.0.0.1:1234" }, "127.0.0.1:1234", TestName = "every engine flag")]
    [TestCase(new[] { "--tracing", "127.0.0.1:9999", "127.0.0.1:1234" }, "127.0.0.1:1234", TestName = "the tracing value is not the engine address")]
    [TestCase(new[] { "--tracing=file:/tmp/t", "127.0.0.1:1234" }, "127.0.0.1:1234", TestName = "tracing with an equals sign")]
    [TestCase(new[] { "--some-new-flag", "127.0.0.1:1234", "extra" }, "127.0.0.1:1234", TestName = "unknown flags ignored, first positional wins")]
    [TestCase(new[] { "--logtostderr", "-v=9" }, null, TestName = "flags without an address")]
    [TestCase(new[] { "--tracing" }, null, TestName = "dangling tracing flag")]
    public void ReadsTheEngineAddressFromTheCommandLine(string[] args, string? engineAddress)
    {
        Assert.That(ProviderHostOptions.FromArguments(args).EngineAddress, Is.EqualTo(engineAddress));
    }
}
