using System.Collections.Immutable;
using System.Data.Common;
using MySqlConnector;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// A signed-in session that answers exactly the statements it was given, as the server it stands for
/// prints them, and refuses any other statement with an error, as a server refuses SQL it does not
/// know: a check that sends a different statement fails. It records every statement in order.
/// </summary>
internal sealed class ScriptedSession : IPreflightSession
{
    private readonly Dictionary<string, object> _answers = new(StringComparer.Ordinal);

    public List<string> Statements { get; } = [];

    /// <summary>One value for a scalar statement.</summary>
    public ScriptedSession Scalar(string sql, string value)
    {
        _answers[sql] = value;
        return this;
    }

    /// <summary>A scalar statement whose value is NULL.</summary>
    public ScriptedSession Null(string sql)
    {
        _answers[sql] = DBNull.Value;
        return this;
    }

    /// <summary>One column per row: the lines of SHOW GRANTS.</summary>
    public ScriptedSession Lines(string sql, params string[] lines)
    {
        _answers[sql] = lines;
        return this;
    }

    /// <summary>The statement fails with this server error.</summary>
    public ScriptedSession Fails(string sql, string error)
    {
        _answers[sql] = new ServerError(error);
        return this;
    }

    public Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken) =>
        Task.FromResult<object?>(Answer(sql) switch
        {
            string value => value,
            DBNull => null,
            var other => throw new InvalidOperationException($"'{sql}' is scripted as rows ({other}), not a scalar"),
        });

    public Task<ImmutableArray<ImmutableArray<string?>>> RowsAsync(string sql, IEnumerable<MySqlParameter> parameters, CancellationToken cancellationToken) =>
        Task.FromResult(Answer(sql) switch
        {
            string[] lines => lines.Select(line => ImmutableArray.Create<string?>(line)).ToImmutableArray(),
            var other => throw new InvalidOperationException($"'{sql}' is scripted as a scalar ({other}), not rows"),
        });

    private object Answer(string sql)
    {
        Statements.Add(sql);
        return _answers.TryGetValue(sql, out var answer)
            ? answer is ServerError error ? throw error : answer
            : throw new ServerError($"You have an error in your SQL syntax (the script has no answer for: {sql})");
    }

    private sealed class ServerError(string message) : DbException(message);
}
