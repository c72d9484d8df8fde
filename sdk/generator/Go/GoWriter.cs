using System.Text;

namespace TidbDms.SdkGenerator.Go;

/// <summary>
/// Builds Go source already in gofmt's layout: tab indentation, and the cells of consecutive struct fields or
/// const specs padded with spaces to a common width (a comment or blank line starts a new run, as gofmt's
/// tabwriter does), so <c>gofmt -l</c> finds nothing to change.
/// </summary>
internal sealed class GoWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<string[]> _run = [];
    private string _runIndent = "";

    public GoWriter Line(string line = "")
    {
        Flush();
        _text.Append(line).Append('\n');
        return this;
    }

    /// <summary>Text that is already laid out (ends with "\n").</summary>
    public GoWriter Raw(string text)
    {
        Flush();
        _text.Append(text);
        return this;
    }

    /// <summary>A doc comment (one <c>//</c> line per description line) at <paramref name="indent"/>.</summary>
    public GoWriter Comment(string description, string indent = "")
    {
        foreach (var line in Text.Lines(description))
        {
            Line(line.Length == 0 ? indent + "//" : $"{indent}// {line}");
        }

        return this;
    }

    /// <summary>One aligned row: a struct field (name, type[, tag]) or a const spec (name, "= value").</summary>
    public GoWriter Cells(string indent, params string[] cells)
    {
        if (_run.Count > 0 && (_runIndent != indent || _run[0].Length != cells.Length))
        {
            Flush();
        }

        _runIndent = indent;
        _run.Add(cells);
        return this;
    }

    /// <summary>A one-statement method: a blank line, then <c>func (receiver) signature { body }</c>.</summary>
    public GoWriter Func(string receiver, string signature, string body)
    {
        Line();
        Line($"func ({receiver}) {signature} {{");
        Line($"\t{body}");
        return Line("}");
    }

    public override string ToString()
    {
        Flush();
        return _text.ToString();
    }

    private void Flush()
    {
        if (_run.Count == 0)
        {
            return;
        }

        var columns = _run[0].Length;
        var widths = Enumerable.Range(0, columns - 1).Select(c => _run.Max(r => r[c].Length)).ToArray();
        foreach (var row in _run)
        {
            _text.Append(_runIndent);
            for (var c = 0; c < columns - 1; c++)
            {
                _text.Append(row[c].PadRight(widths[c] + 1));
            }

            _text.Append(row[columns - 1]).Append('\n');
        }

        _run.Clear();
    }
}
