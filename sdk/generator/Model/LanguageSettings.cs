namespace TidbDms.SdkGenerator.Model;

/// <summary>The <c>language</c> section's settings the emitters honour (ordered as in the schema).</summary>
internal sealed record LanguageSettings(
    string? NodePackageName,
    IReadOnlyList<KeyValuePair<string, string>> NodeDependencies,
    IReadOnlyList<KeyValuePair<string, string>> NodeDevDependencies,
    string? NodeTypescriptVersion,
    string? PythonPackageName,
    IReadOnlyList<KeyValuePair<string, string>> PythonRequires,
    string? PythonRequiresPython,
    string? GoImportBasePath,
    string? CSharpRootNamespace,
    IReadOnlyDictionary<string, string> CSharpNamespaces,
    IReadOnlyList<KeyValuePair<string, string>> CSharpPackageReferences);
