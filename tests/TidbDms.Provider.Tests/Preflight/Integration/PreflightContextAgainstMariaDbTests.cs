using System.Data;
using MySqlConnector;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>The context's queries on a real signed-in connection (no scripted session).</summary>
[Category(TestCategories.MariaDb)]
[Parallelizable(ParallelScope.All)]
internal sealed class PreflightContextAgainstMariaDbTests
{
    private static MariaDbServer Server => MariaDbSetUp.Server;

    [Test]
    public async Task ANullFromTheServerIsNullNotDBNullOrEmptyText()
    {
        await using var context = new PreflightContext(Target());

        Assert.That(await context.ScalarAsync("SELECT NULL", CancellationToken.None), Is.Null);
        var rows = await context.RowsAsync("SELECT NULL, 'x', 42 UNION ALL SELECT 'y', NULL, 7", [], CancellationToken.None);
        Assert.That(rows.Select(row => row.ToArray()), Is.EqualTo(new[] { new string?[] { null, "x", "42" }, ["y", null, "7"] }));
    }

    [Test]
    public async Task DisposingTheContextClosesItsConnection()
    {
        MySqlConnection connection;
        var context = new PreflightContext(Target());
        await using (context)
        {
            connection = await context.SessionAsync(CancellationToken.None);
            Assert.That(await context.SessionAsync(CancellationToken.None), Is.SameAs(connection));
            Assert.That(connection.State, Is.EqualTo(ConnectionState.Open));
        }

        Assert.That(connection.State, Is.EqualTo(ConnectionState.Closed));
    }

    internal static PreflightTarget Target() => Server.Target();
}
