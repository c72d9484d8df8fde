using System.Security;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Dotnet;

/// <summary>The .NET SDK's files whose text does not depend on the schema's types: project, utilities, provider.</summary>
internal static class DotnetStaticText
{
    /// <summary>The NuGet package the SDK depends on when the schema names none.</summary>
    private const string DefaultPulumiRange = "[3.76.1.0,4)";

    public static string Project(PackageModel package)
    {
        string X(string? value) => SecurityElement.Escape(value ?? "");
        var references = package.Language.CSharpPackageReferences.ToList();
        if (!references.Any(r => r.Key == "Pulumi"))
        {
            references.Add(KeyValuePair.Create("Pulumi", DefaultPulumiRange));
        }

        var referenceLines = string.Concat(references.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
            $"\n    <PackageReference Include=\"{X(r.Key)}\" Version=\"{X(r.Value)}\"{(r.Key.StartsWith("Pulumi.", StringComparison.Ordinal) ? " ExcludeAssets=\"contentFiles\"" : "")} />"));
        return $$"""
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <GeneratePackageOnBuild>true</GeneratePackageOnBuild>
                <Authors>{{X(package.Publisher ?? "Pulumi Corp.")}}</Authors>
                <Company>{{X(package.Publisher ?? "Pulumi Corp.")}}</Company>
                <Description>{{X(package.Description)}}</Description>
                <PackageLicenseExpression>{{X(package.License)}}</PackageLicenseExpression>
                <PackageProjectUrl>{{X(package.Homepage)}}</PackageProjectUrl>
                <RepositoryUrl>{{X(package.Repository)}}</RepositoryUrl>
                <Version>{{X(package.Version)}}</Version>
                <TargetFramework>net6.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>

              <PropertyGroup Condition="'$(Configuration)|$(Platform)'=='Debug|AnyCPU'">
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>1701;1702;1591</NoWarn>
              </PropertyGroup>

              <PropertyGroup>
                <AllowedOutputExtensionsInPackageBuildOutputFolder>$(AllowedOutputExtensionsInPackageBuildOutputFolder);.pdb</AllowedOutputExtensionsInPackageBuildOutputFolder>
                <EmbedUntrackedSources>true</EmbedUntrackedSources>
                <PublishRepositoryUrl>true</PublishRepositoryUrl>
              </PropertyGroup>

              <PropertyGroup Condition="'$(GITHUB_ACTIONS)' == 'true'">
                <ContinuousIntegrationBuild>true</ContinuousIntegrationBuild>
              </PropertyGroup>

              <ItemGroup>
                <PackageReference Include="Microsoft.SourceLink.GitHub" Version="1.0.0" PrivateAssets="All" />
              </ItemGroup>

              <ItemGroup>
                <EmbeddedResource Include="version.txt" />
                <None Include="version.txt" Pack="True" PackagePath="content" />
              </ItemGroup>

              <ItemGroup>
                <EmbeddedResource Include="pulumi-plugin.json" />
                <None Include="pulumi-plugin.json" Pack="True" PackagePath="content" />
              </ItemGroup>

              <ItemGroup>{{referenceLines}}
              </ItemGroup>

            </Project>

            """;
    }

    public static string Utilities(PackageModel package, string ns, string attributePrefix)
    {
        var downloadUrl = package.PluginDownloadUrl is { } url
            ? $"\n            dst.PluginDownloadURL = src?.PluginDownloadURL ?? {Text.Quote(url)};"
            : "";
        return $$"""
            // {{Text.GeneratedWarning}}
            // {{Text.DoNotEdit}}

            namespace {{ns}}
            {
                static class Utilities
                {
                    public static string? GetEnv(params string[] names)
                    {
                        foreach (var n in names)
                        {
                            var value = global::System.Environment.GetEnvironmentVariable(n);
                            if (value != null)
                            {
                                return value;
                            }
                        }
                        return null;
                    }

                    // The spellings Go's strconv.ParseBool accepts, so every language SDK reads a variable alike.
                    static string[] trueValues = { "1", "t", "T", "true", "TRUE", "True" };
                    static string[] falseValues = { "0", "f", "F", "false", "FALSE", "False" };
                    public static bool? GetEnvBoolean(params string[] names)
                    {
                        var s = GetEnv(names);
                        if (s != null)
                        {
                            if (global::System.Array.IndexOf(trueValues, s) != -1)
                            {
                                return true;
                            }
                            if (global::System.Array.IndexOf(falseValues, s) != -1)
                            {
                                return false;
                            }
                        }
                        return null;
                    }

                    public static int? GetEnvInt32(params string[] names) => int.TryParse(GetEnv(names), out int v) ? (int?)v : null;

                    public static double? GetEnvDouble(params string[] names) => double.TryParse(GetEnv(names), out double v) ? (double?)v : null;

                    public static global::Pulumi.InvokeOptions WithDefaults(this global::Pulumi.InvokeOptions? src)
                    {
                        var dst = src ?? new global::Pulumi.InvokeOptions{};
                        dst.Version = src?.Version ?? Version;{{downloadUrl}}
                        return dst;
                    }

                    private readonly static string version;

                    /// <summary>The SDK's version (the embedded version.txt), which selects the plugin version the engine starts.</summary>
                    public static string Version => version;

                    static Utilities()
                    {
                        var assembly = global::System.Reflection.IntrospectionExtensions.GetTypeInfo(typeof(Utilities)).Assembly;
                        using var stream = assembly.GetManifestResourceStream("{{ns}}.version.txt");
                        using var reader = new global::System.IO.StreamReader(stream ?? throw new global::System.NotSupportedException("Missing embedded version.txt file"));
                        version = reader.ReadToEnd().Trim();
                        var parts = version.Split("\n");
                        if (parts.Length == 2)
                        {
                            // A parameterized package's version.txt holds the provider's name on its first line.
                            version = parts[1].Trim();
                        }
                    }
                }

                internal sealed class {{attributePrefix}}ResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
                {
                    public {{attributePrefix}}ResourceTypeAttribute(string type) : base(type, Utilities.Version)
                    {
                    }
                }
            }

            """;
    }

    /// <summary>The provider resource's file: written like a resource's, so with the same usings.</summary>
    public static string Provider(PackageModel package, DotnetTypes types, string attributePrefix)
    {
        var ns = types.Namespace;
        var downloadUrl = package.PluginDownloadUrl is { } url ? $"\n                PluginDownloadURL = {Text.Quote(url)}," : "";
        return DotnetTypes.Header(types.StandardUsings).Append($$"""
            namespace {{ns}}
            {
                /// <summary>
                /// The provider type for the {{package.Name}} package.
                /// </summary>
                [{{attributePrefix}}ResourceType("pulumi:providers:{{package.Name}}")]
                public partial class Provider : global::Pulumi.ProviderResource
                {
                    /// <summary>
                    /// Create a Provider resource with the given unique name, arguments, and options.
                    /// </summary>
                    ///
                    /// <param name="name">The unique name of the resource</param>
                    /// <param name="args">The arguments used to populate this resource's properties</param>
                    /// <param name="options">A bag of options that control this resource's behavior</param>
                    public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
                        : base("{{package.Name}}", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
                    {
                    }

                    private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
                    {
                        var defaultOptions = new CustomResourceOptions
                        {
                            Version = Utilities.Version,{{downloadUrl}}
                        };
                        var merged = CustomResourceOptions.Merge(defaultOptions, options);
                        // Override the ID if one was specified for consistency with other language SDKs.
                        merged.Id = id ?? merged.Id;
                        return merged;
                    }
                }

                public sealed class ProviderArgs : global::Pulumi.ResourceArgs
                {
                    public ProviderArgs()
                    {
                    }
                    public static new ProviderArgs Empty => new ProviderArgs();
                }
            }

            """).ToString();
    }
}
