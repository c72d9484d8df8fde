using System.Net.Sockets;
using System.Security.Authentication;
using MySqlConnector;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// Connects and signs in with MySqlConnector as DMS would: TLS 1.2 only (DMS does not speak TLS 1.3
/// to MySQL endpoints), the certificate judged against the trusted CA only, no connection pool.
/// </summary>
internal static class ClusterConnector
{
    /// <summary>The TLS versions DMS offers to MySQL endpoints.</summary>
    public const string DmsTlsVersion = "TLS 1.2";

    public static async Task<ClusterConnection> OpenAsync(PreflightTarget target, CancellationToken cancellationToken)
    {
        var builder = new MySqlConnectionStringBuilder
        {
            Server = target.Host,
            Port = (uint)target.Port,
            UserID = target.User,
            Password = target.Password,
            Pooling = false,
            ApplicationName = "tidb-dms-preflight",

            // the preflight's own timeout below ends the attempt first, so it can be told apart from other failures
            ConnectionTimeout = (uint)Math.Ceiling(target.Timeout.TotalSeconds) + 5,
            DefaultCommandTimeout = (uint)Math.Ceiling(target.Timeout.TotalSeconds),
        };

        ServerCertificateValidator? validator = null;
        if (target.SslMode == SslMode.None)
        {
            builder.SslMode = MySqlSslMode.None;
        }
        else
        {
            // Required + our callback: MySqlConnector uses the callback only in Required/Preferred mode
            builder.SslMode = MySqlSslMode.Required;
            builder.TlsVersion = DmsTlsVersion;
            var trusted = PreflightTarget.ParseCertificates(target.TrustedCaPem ?? "");
            validator = new ServerCertificateValidator(trusted, target.SslMode == SslMode.VerifyFull ? target.Host : null);
        }

        var connection = new MySqlConnection(builder.ConnectionString);
        if (validator is not null)
        {
            connection.RemoteCertificateValidationCallback = validator.Validate;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(target.Timeout);
        try
        {
            await connection.OpenAsync(timeout.Token).ConfigureAwait(false);
            return ClusterConnection.Opened(connection, validator?.Observation);
        }
        catch (Exception error) when (IsConnectionError(error) && !cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            var timedOut = timeout.IsCancellationRequested;
            var failure = MySqlErrorClassifier.Classify(error, timedOut, validator?.Observation);
            return ClusterConnection.Failed(error, failure, validator?.Observation);
        }
    }

    private static bool IsConnectionError(Exception error) =>
        error is MySqlException or SocketException or IOException or AuthenticationException
            or NotSupportedException or OperationCanceledException or InvalidOperationException;
}
