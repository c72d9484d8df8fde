using System.Text;
using System.Text.Json;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Nodejs;

/// <summary>
/// The TypeScript SDK (<c>sdk/nodejs</c>): the files <c>pulumi package gen-sdk --language nodejs</c> writes for
/// the schema, compiled with <c>tsc</c> into <c>bin/</c>, where package.json is copied before publishing.
/// </summary>
internal static class NodeEmitter
{
    /// <summary>The files every generated Node.js SDK has at its root, before the resource modules.</summary>
    private static readonly string[] RootModules = ["index.ts", "provider.ts"];

    private const string Dir = "nodejs/";

    // What gen-sdk puts in devDependencies unless the schema says otherwise.
    private const string DefaultTypescript = "^4.7.0";
    private const string DefaultTypesNode = "^20";
    private const string DefaultPulumi = "^3.142.0";

    public static IEnumerable<GeneratedFile> Emit(PackageModel package)
    {
        var modules = package.Resources.Select(r => (Resource: r, Module: Names.Camel(r.Name))).ToList();
        var files = new List<GeneratedFile>
        {
            new(Dir + "package.json", PackageJson(package)),
            new(Dir + "tsconfig.json", TsConfig(modules.Select(m => m.Module))),
            new(Dir + "README.md", Readme.For(package)),
            new(Dir + "index.ts", Index(package, modules.Select(m => (m.Resource.Name, m.Resource.Token, m.Module)))),
            new(Dir + "provider.ts", NodeStaticText.Provider(package)),
            new(Dir + "utilities.ts", NodeStaticText.Utilities(package)),
            new(Dir + "types/index.ts", NodeTypesWriter.Index()),
            new(Dir + "types/input.ts", NodeTypesWriter.Input(package)),
            new(Dir + "types/output.ts", NodeTypesWriter.Output()),
            new(Dir + "types/enums/index.ts", NodeTypesWriter.Enums(package)),
        };
        files.AddRange(modules.Select(m => new GeneratedFile($"{Dir}{m.Module}.ts", NodeResourceWriter.Write(package, m.Resource))));
        return files;
    }

    public static string PackageName(PackageModel package) => package.Language.NodePackageName ?? $"@pulumi/{package.Name}";

    private static string PackageJson(PackageModel package) => JsonText.Write(
        w =>
        {
            w.WriteStartObject();
            w.WriteString("name", PackageName(package));
            w.WriteString("version", package.Version);
            w.WriteString("description", package.Description);
            w.WriteStartArray("keywords");
            foreach (var keyword in package.Keywords)
            {
                w.WriteStringValue(keyword);
            }

            w.WriteEndArray();
            WriteIfSet(w, "homepage", package.Homepage);
            WriteIfSet(w, "repository", package.Repository);
            WriteIfSet(w, "license", package.License);
            w.WriteStartObject("scripts");
            w.WriteString("build", "tsc");
            w.WriteEndObject();

            var dependencies = package.Language.NodeDependencies.ToList();
            if (!dependencies.Any(d => d.Key == "@pulumi/pulumi"))
            {
                dependencies.Add(KeyValuePair.Create("@pulumi/pulumi", DefaultPulumi));
            }

            WriteMap(w, "dependencies", dependencies);
            var devDependencies = package.Language.NodeDevDependencies.ToList();
            if (!devDependencies.Any(d => d.Key == "@types/node"))
            {
                devDependencies.Add(KeyValuePair.Create("@types/node", DefaultTypesNode));
            }

            if (!devDependencies.Any(d => d.Key == "typescript"))
            {
                devDependencies.Add(KeyValuePair.Create("typescript", package.Language.NodeTypescriptVersion ?? DefaultTypescript));
            }

            WriteMap(w, "devDependencies", devDependencies);
            w.WriteStartObject("pulumi");
            JsonText.WritePluginFields(w, package);
            w.WriteEndObject();
            w.WriteEndObject();
        },
        indentSize: 4);

    private static string TsConfig(IEnumerable<string> modules) => JsonText.Write(
        w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("compilerOptions");
            w.WriteString("outDir", "bin");
            w.WriteString("target", "ES2022");
            w.WriteString("module", "nodenext");
            w.WriteString("moduleResolution", "nodenext");
            w.WriteBoolean("declaration", true);
            w.WriteBoolean("sourceMap", true);
            w.WriteBoolean("stripInternal", true);
            w.WriteBoolean("experimentalDecorators", true);
            w.WriteBoolean("noFallthroughCasesInSwitch", true);
            w.WriteBoolean("forceConsistentCasingInFileNames", true);
            w.WriteBoolean("strict", true);
            w.WriteEndObject();
            w.WriteStartArray("files");
            foreach (var file in RootModules
                         .Concat(modules.Select(m => m + ".ts"))
                         .Concat(["types/enums/index.ts", "types/index.ts", "types/input.ts", "types/output.ts", "utilities.ts"]))
            {
                w.WriteStringValue(file);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        },
        indentSize: 4);

    private static string Index(PackageModel package, IEnumerable<(string Name, string Token, string Module)> resources)
    {
        var all = new[] { (Name: "Provider", Token: "", Module: "provider") }.Concat(resources).ToList();
        var w = new StringBuilder();
        w.Line($"// {Text.GeneratedWarning}").Line($"// {Text.DoNotEdit}").Line();
        w.Line("import * as pulumi from \"@pulumi/pulumi\";");
        w.Line("import * as utilities from \"./utilities\";").Line();
        w.Line("// Export members:");
        foreach (var (name, _, module) in all.OrderBy(r => r.Module, StringComparer.Ordinal))
        {
            w.Line($"export {{ {name}Args }} from \"./{module}\";");
            w.Line($"export type {name} = import(\"./{module}\").{name};");
            w.Line($"export const {name}: typeof import(\"./{module}\").{name} = null as any;");
            w.Line($"utilities.lazyLoad(exports, [\"{name}\"], () => require(\"./{module}\"));").Line();
        }

        w.Line("// Export enums:");
        w.Line("export * from \"./types/enums\";").Line();
        w.Line("// Export sub-modules:");
        w.Line("import * as types from \"./types\";").Line();
        w.Line("export {");
        w.Line("    types,");
        w.Line("};").Line();
        w.Line("const _module = {");
        w.Line("    version: utilities.getVersion(),");
        w.Line("    construct: (name: string, type: string, urn: string): pulumi.Resource => {");
        w.Line("        switch (type) {");
        foreach (var (name, token, _) in all.Where(r => r.Token.Length > 0))
        {
            w.Line($"            case \"{token}\":");
            w.Line($"                return new {name}(name, <any>undefined, {{ urn }})");
        }

        w.Line("            default:");
        w.Line("                throw new Error(`unknown resource type ${type}`);");
        w.Line("        }");
        w.Line("    },");
        w.Line("};");
        w.Line($"pulumi.runtime.registerResourceModule(\"{package.Name}\", \"index\", _module)");
        w.Line($"pulumi.runtime.registerResourcePackage(\"{package.Name}\", {{");
        w.Line("    version: utilities.getVersion(),");
        w.Line("    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {");
        w.Line($"        if (type !== \"pulumi:providers:{package.Name}\") {{");
        w.Line("            throw new Error(`unknown provider type ${type}`);");
        w.Line("        }");
        w.Line("        return new Provider(name, <any>undefined, { urn });");
        w.Line("    },");
        w.Line("});");
        return w.ToString();
    }

    private static void WriteIfSet(Utf8JsonWriter w, string key, string? value)
    {
        if (value is not null)
        {
            w.WriteString(key, value);
        }
    }

    private static void WriteMap(Utf8JsonWriter w, string key, IEnumerable<KeyValuePair<string, string>> pairs)
    {
        w.WriteStartObject(key);
        foreach (var (name, value) in pairs)
        {
            w.WriteString(name, value);
        }

        w.WriteEndObject();
    }
}
