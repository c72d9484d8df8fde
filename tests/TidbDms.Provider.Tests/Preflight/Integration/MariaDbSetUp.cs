namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// Starts one MariaDB server for every test in this namespace and stops it afterwards. If MariaDB is
/// missing, the set-up fails and so does every test here: these tests are not optional.
/// </summary>
[SetUpFixture]
public sealed class MariaDbSetUp
{
    private static MariaDbServer? _server;

    internal static MariaDbServer Server => _server ?? throw new InvalidOperationException("the MariaDB server has not started");

    [OneTimeSetUp]
    public async Task StartAsync() => _server = await MariaDbServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }
}
