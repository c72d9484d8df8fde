using System.Collections.Immutable;
using System.Text;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// Reads <c>SHOW GRANTS</c> lines as MariaDB, MySQL and TiDB print them: backquoted, single-quoted or
/// bare names; <c>ALL [PRIVILEGES]</c>; column lists; role grants. The lines may carry password hashes
/// (MariaDB's <c>IDENTIFIED BY PASSWORD</c>), so nothing here ever echoes a line.
/// </summary>
internal static class GrantParser
{
    private enum TokenKind
    {
        Word,
        Quoted,
        Symbol,
    }

    private readonly record struct Token(TokenKind Kind, string Text)
    {
        public bool IsWord(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

        public bool IsSymbol(char symbol) => Kind == TokenKind.Symbol && Text.Length == 1 && Text[0] == symbol;
    }

    /// <summary>The grant on one line, or null for lines that grant nothing (e.g. <c>SET DEFAULT ROLE</c>).</summary>
    public static GrantStatement? Parse(string line)
    {
        var tokens = Tokenize(line);
        if (tokens.Count < 3 || !tokens[0].IsWord("GRANT"))
        {
            return null;
        }

        var keyword = FindTopLevel(tokens, 1, t => t.IsWord("ON") || t.IsWord("TO"));
        if (keyword < 0)
        {
            return null;
        }

        var items = SplitTopLevel(tokens, 1, keyword);
        if (tokens[keyword].IsWord("TO"))
        {
            return new GrantStatement([], GrantScopeKind.Other, null, [.. items.Select(RoleText)]);
        }

        var privileges = items
            .Where(item => !item.Any(t => t.IsSymbol('(')))
            .Select(item => string.Join(' ', item.Select(t => t.Text.ToUpperInvariant())))
            .Select(name => name == "ALL PRIVILEGES" ? GrantStatement.All : name)
            .ToImmutableSortedSet(StringComparer.Ordinal);
        var (scope, schema) = ParseScope(tokens, keyword + 1);
        return new GrantStatement(privileges, scope, schema, []);
    }

    private static (GrantScopeKind Scope, string? Schema) ParseScope(List<Token> tokens, int at)
    {
        if (at < tokens.Count && tokens[at].IsWord("TABLE"))
        {
            at++;
        }

        if (at + 2 >= tokens.Count || !tokens[at + 1].IsSymbol('.'))
        {
            // "ON *" or "ON table": relative to a current database, which SHOW GRANTS does not print;
            // "ON FUNCTION db.f" (PROCEDURE, PACKAGE) lands here too, the keyword not being followed by a dot
            return (GrantScopeKind.Other, null);
        }

        var first = tokens[at];
        var second = tokens[at + 2];
        var firstIsStar = first.IsSymbol('*');
        var secondIsStar = second.IsSymbol('*');
        return (firstIsStar, secondIsStar) switch
        {
            (true, true) => (GrantScopeKind.Global, null),
            (false, true) when first.Kind != TokenKind.Symbol => (GrantScopeKind.Schema, first.Text),
            (false, false) when first.Kind != TokenKind.Symbol && second.Kind != TokenKind.Symbol => (GrantScopeKind.Table, first.Text),
            _ => (GrantScopeKind.Other, null),
        };
    }

    /// <summary>A role as SQL text for <c>SHOW GRANTS FOR</c>: <c>'name'</c> or <c>'name'@'host'</c>.</summary>
    private static string RoleText(List<Token> item)
    {
        var text = new StringBuilder();
        foreach (var token in item)
        {
            text.Append(token.Kind switch
            {
                TokenKind.Symbol => token.Text,
                _ => Accounts.Literal(token.Text),
            });
        }

        return text.ToString();
    }

    private static int FindTopLevel(List<Token> tokens, int from, Func<Token, bool> predicate)
    {
        var depth = 0;
        for (var i = from; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsSymbol('('))
            {
                depth++;
            }
            else if (token.IsSymbol(')'))
            {
                depth--;
            }
            else if (depth == 0 && predicate(token))
            {
                return i;
            }
        }

        return -1;
    }

    private static List<List<Token>> SplitTopLevel(List<Token> tokens, int from, int to)
    {
        var items = new List<List<Token>> { new() };
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (token.IsSymbol('('))
            {
                depth++;
            }
            else if (token.IsSymbol(')'))
            {
                depth--;
            }

            if (depth == 0 && token.IsSymbol(','))
            {
                items.Add([]);
            }
            else
            {
                items[^1].Add(token);
            }
        }

        return [.. items.Where(item => item.Count > 0)];
    }

    private static List<Token> Tokenize(string line)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '`' or '\'' or '"')
            {
                tokens.Add(new Token(TokenKind.Quoted, ReadQuoted(line, ref i)));
            }
            else if (IsWordChar(c))
            {
                var start = i;
                while (i < line.Length && IsWordChar(line[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, line[start..i]));
            }
            else
            {
                tokens.Add(new Token(TokenKind.Symbol, c.ToString()));
                i++;
            }
        }

        return tokens;
    }

    /// <summary>Reads a quoted name; a doubled quote stands for itself, and in string literals so does a backslash-escaped one.</summary>
    private static string ReadQuoted(string line, ref int i)
    {
        var quote = line[i++];
        var text = new StringBuilder();
        while (i < line.Length)
        {
            var c = line[i++];
            if (c == quote)
            {
                if (i < line.Length && line[i] == quote)
                {
                    text.Append(quote);
                    i++;
                    continue;
                }

                break;
            }

            if (c == '\\' && quote != '`' && i < line.Length)
            {
                text.Append(line[i++]);
                continue;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '$' or '%' or '\\' || c > 0x7F;
}
