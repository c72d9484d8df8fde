namespace TidbDms.Provider.Schema;

/// <summary>
/// The package schema served by GetSchema and printed by the <c>schema</c> verb: the checked-in
/// <c>provider/schema.json</c>, embedded in the assembly (a golden test keeps it equal to what the
/// generator makes from the contract, so it is never hand-edited).
/// </summary>
internal static class PackageSchema
{
    private static readonly Lazy<string> Text = new(Load);

    public static string Json => Text.Value;

    private static string Load()
    {
        using var stream = typeof(PackageSchema).Assembly.GetManifestResourceStream("schema.json")
            ?? throw new InvalidOperationException("schema.json is not embedded in the plugin assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
