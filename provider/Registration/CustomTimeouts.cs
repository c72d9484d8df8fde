namespace TidbDms.Provider.Registration;

/// <summary>
/// Per-operation timeouts as Go duration strings (<c>"30m"</c>, <c>"1h30m"</c>); empty means the
/// provider's default. The engine ignores them on components, so the component applies them to
/// every child.
/// </summary>
internal sealed record CustomTimeouts(string Create = "", string Update = "", string Delete = "", string Read = "")
{
    public bool IsEmpty => Create.Length == 0 && Update.Length == 0 && Delete.Length == 0 && Read.Length == 0;

    /// <summary>The longest of the timeouts that parse, or null when none is set.</summary>
    public TimeSpan? Longest =>
        new[] { Create, Update, Delete, Read }
            .Select(t => GoDuration.TryParse(t, out var d) ? d : (TimeSpan?)null)
            .Max();
}
