using System.Globalization;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The node ids of one Mermaid diagram. An id is the name with every character other than an ASCII
/// letter or digit as <c>_</c> (readable, and what Mermaid accepts), so distinct names can read the
/// same (<c>a-b</c> and <c>a_b</c>; two names in another script): the second one gets <c>_2</c>, the
/// next <c>_3</c>, skipping any id already given. The same name always gets the same id.
/// </summary>
internal sealed class MermaidIds
{
    private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public string Of(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }

        var readable = PreviewMermaidRenderer.Id(name);
        var id = readable;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"{readable}_{n}");
        }

        _byName[name] = id;
        return id;
    }
}
