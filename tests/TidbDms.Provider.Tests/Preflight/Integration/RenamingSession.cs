using System.Collections.Immutable;
using MySqlConnector;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// A session on a real server that renames one thing in every statement before sending it: it stands in
/// for a server that lacks a system variable MariaDB has (say <c>local_infile</c>), by asking MariaDB
/// for one it lacks, so the error the check meets is the server's own (1193, unknown system variable).
/// </summary>
internal sealed class RenamingSession(MySqlConnection connection, string from, string to) : IPreflightSession
{
    public List<string> Sent { get; } = [];

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new MySqlCommand(Rename(sql), connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is DBNull ? null : value;
    }

    public Task<ImmutableArray<ImmutableArray<string?>>> RowsAsync(string sql, IEnumerable<MySqlParameter> parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"not needed by the checks this session is used with: {sql}");

    private string Rename(string sql)
    {
        var renamed = sql.Replace(from, to, StringComparison.Ordinal);
        Sent.Add(renamed);
        return renamed;
    }
}
