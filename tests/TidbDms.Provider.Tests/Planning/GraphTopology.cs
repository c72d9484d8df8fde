using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>One distinct graph shape: its golden file's name, what it is in words, and args that build it.</summary>
internal sealed record GraphTopology(string Name, string Description, TidbDmsMigrationArgs Args)
{
    public override string ToString() => Name;
}
