using TidbDms.SdkGenerator.Dotnet;
using TidbDms.SdkGenerator.Go;
using TidbDms.SdkGenerator.Model;
using TidbDms.SdkGenerator.Nodejs;
using TidbDms.SdkGenerator.Python;

namespace TidbDms.SdkGenerator;

/// <summary>Every SDK's files for a schema, in a stable order.</summary>
internal static class SdkGenerator
{
    /// <summary>The folders under <c>sdk/</c> the generator owns: every file in them is generated.</summary>
    public static readonly IReadOnlyList<string> LanguageFolders = ["nodejs", "python", "go", "dotnet"];

    /// <summary>Files under <c>sdk/</c>, outside those folders, that the generator also writes.</summary>
    public static readonly IReadOnlyList<string> RootFiles = ["go.mod"];

    public static IReadOnlyList<GeneratedFile> Generate(string schemaJson)
    {
        var package = SchemaReader.Read(schemaJson);
        return [.. NodeEmitter.Emit(package)
            .Concat(PythonEmitter.Emit(package))
            .Concat(GoEmitter.Emit(package))
            .Concat(DotnetEmitter.Emit(package))
            .OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
