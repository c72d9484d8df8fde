using System.Collections.Immutable;
using MySqlConnector;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The SQL the checks run once signed in. <see cref="PreflightContext"/> runs it on its one MySQL
/// connection; a test gives the context a session that answers as a given server would (TiDB's
/// <c>SHOW GRANTS … USING</c>, which no MySQL-compatible server on the test machine speaks).
/// A failed statement throws a <see cref="System.Data.Common.DbException"/>, as MySqlConnector's do.
/// </summary>
internal interface IPreflightSession
{
    Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken);

    Task<ImmutableArray<ImmutableArray<string?>>> RowsAsync(string sql, IEnumerable<MySqlParameter> parameters, CancellationToken cancellationToken);
}
