using MySqlConnector;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The outcome of connecting and signing in the way DMS does: an open connection, or the error and
/// its classification; either way, what was seen of the server certificate.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    private ClusterConnection(MySqlConnection? connection, Exception? error, ConnectionFailure? failure, TlsObservation? tls)
    {
        Connection = connection;
        Error = error;
        Failure = failure;
        Tls = tls;
    }

    /// <summary>Open when the sign-in succeeded, else null.</summary>
    public MySqlConnection? Connection { get; }

    public Exception? Error { get; }

    public ConnectionFailure? Failure { get; }

    /// <summary>Null when TLS was not used, or the handshake failed before the certificate.</summary>
    public TlsObservation? Tls { get; }

    public static ClusterConnection Opened(MySqlConnection connection, TlsObservation? tls) => new(connection, null, null, tls);

    public static ClusterConnection Failed(Exception error, ConnectionFailure failure, TlsObservation? tls) => new(null, error, failure, tls);

    /// <summary>The server's error number and text, or the client exception's type, for failures the classifier calls <see cref="ConnectionFailure.Other"/>.</summary>
    public string ErrorSummary => Error switch
    {
        null => "",
        MySqlException mysql => $"error {mysql.Number}: {mysql.Message}",
        _ => $"{Error.GetType().Name}: {Error.Message}",
    };

    public async ValueTask DisposeAsync()
    {
        if (Connection is not null)
        {
            await Connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
