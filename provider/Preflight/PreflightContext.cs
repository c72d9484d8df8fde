using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using MySqlConnector;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// What the checks of one run share: the target, how far the run got, what earlier checks learned
/// (addresses, the server's greeting), and the one connection DMS's sign-in is tried with.
/// </summary>
internal sealed class PreflightContext : IAsyncDisposable
{
    private Task<ClusterConnection>? _connection;
    private string? _serverVersion;

    public PreflightContext(PreflightTarget target)
    {
        Target = target;
    }

    public PreflightTarget Target { get; }

    public PreflightStage Stage { get; internal set; } = PreflightStage.Start;

    /// <summary>The addresses the host resolved to (set by the DNS check).</summary>
    public ImmutableArray<IPAddress> Addresses { get; internal set; } = [];

    /// <summary>The server's first packet (set by the TCP check).</summary>
    public MySqlGreeting? Greeting { get; internal set; }

    /// <summary>Where <see cref="ScalarAsync"/> and <see cref="RowsAsync"/> run when set; otherwise on the connection.</summary>
    internal IPreflightSession? Session { get; init; }

    /// <summary>
    /// Connects and signs in once; the TLS and authentication checks both read this one attempt, as
    /// DMS meets TLS and sign-in on one connection.
    /// </summary>
    public Task<ClusterConnection> ConnectAsync(CancellationToken cancellationToken) =>
        _connection ??= ClusterConnector.OpenAsync(Target, cancellationToken);

    /// <summary>The signed-in connection; only valid from <see cref="PreflightStage.SignedIn"/> on.</summary>
    public async Task<MySqlConnection> SessionAsync(CancellationToken cancellationToken)
    {
        var attempt = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return attempt.Connection ?? throw new InvalidOperationException("the preflight has not signed in");
    }

    /// <summary><c>VERSION()</c>, read once.</summary>
    public async Task<string> ServerVersionAsync(CancellationToken cancellationToken)
    {
        _serverVersion ??= Convert.ToString(await ScalarAsync("SELECT VERSION()", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
        return _serverVersion;
    }

    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        if (Session is not null)
        {
            return await Session.ScalarAsync(sql, cancellationToken).ConfigureAwait(false);
        }

        var session = await SessionAsync(cancellationToken).ConfigureAwait(false);
        using var command = new MySqlCommand(sql, session);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    /// <summary>Every row of a query, each as its columns' text (NULL as null).</summary>
    public async Task<ImmutableArray<ImmutableArray<string?>>> RowsAsync(string sql, IEnumerable<MySqlParameter> parameters, CancellationToken cancellationToken)
    {
        if (Session is not null)
        {
            return await Session.RowsAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        }

        var session = await SessionAsync(cancellationToken).ConfigureAwait(false);
        using var command = new MySqlCommand(sql, session);
        command.Parameters.AddRange(parameters.ToArray());
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = ImmutableArray.CreateBuilder<ImmutableArray<string?>>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
            }

            rows.Add([.. row]);
        }

        return rows.ToImmutable();
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { IsCompletedSuccessfully: true })
        {
            await _connection.Result.DisposeAsync().ConfigureAwait(false);
        }
    }
}
