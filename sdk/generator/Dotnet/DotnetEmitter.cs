using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Dotnet;

/// <summary>
/// The .NET SDK (<c>sdk/dotnet</c>): what <c>pulumi package gen-sdk --language dotnet</c> writes, except
/// <c>logo.png</c> (the real generator downloads the schema's logo; this schema has none).
/// </summary>
internal static class DotnetEmitter
{
    private const string Dir = "dotnet/";

    public static IEnumerable<GeneratedFile> Emit(PackageModel package)
    {
        var types = new DotnetTypes(Namespace(package));
        var files = new List<GeneratedFile>
        {
            new($"{Dir}{types.Namespace}.csproj", DotnetStaticText.Project(package)),
            new(Dir + "README.md", Readme.For(package)),
            new(Dir + "pulumi-plugin.json", JsonText.PluginJson(package)),
            new(Dir + "version.txt", package.Version + "\n"),
            new(Dir + "Utilities.cs", DotnetStaticText.Utilities(package, types.Namespace, AttributePrefix(package))),
            new(Dir + "Provider.cs", DotnetStaticText.Provider(package, types, AttributePrefix(package))),
            new(Dir + "Enums.cs", DotnetEnumsWriter.Write(package, types.Namespace)),
        };
        files.AddRange(package.ObjectTypes.Select(t => new GeneratedFile($"{Dir}Inputs/{t.Name}Args.cs", InputType(package, types, t))));
        files.AddRange(package.Resources.Select(r => new GeneratedFile($"{Dir}{r.Name}.cs", DotnetResourceWriter.Write(package, types, r, AttributePrefix(package)))));
        return files;
    }

    /// <summary><c>&lt;rootNamespace, default Pulumi&gt;.&lt;namespaces[name], default the title-cased name&gt;</c>.</summary>
    public static string Namespace(PackageModel package) =>
        $"{package.Language.CSharpRootNamespace ?? "Pulumi"}.{AttributePrefix(package)}";

    /// <summary>The package's part of the namespace, which also names its <c>…ResourceTypeAttribute</c>.</summary>
    public static string AttributePrefix(PackageModel package) =>
        package.Language.CSharpNamespaces.TryGetValue(package.Name, out var part) ? part : Names.TitleParts(package.Name);

    private static string InputType(PackageModel package, DotnetTypes types, ObjectTypeModel type)
    {
        var w = DotnetTypes.Header(types.StandardUsings);
        w.Line($"namespace {types.Namespace}.Inputs");
        w.Line("{");
        DotnetArgsWriter.Write(w, package, types, type.Name + "Args", type.Description, type.Properties);
        w.Line("}");
        return w.ToString();
    }
}
