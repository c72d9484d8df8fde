using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Go;

/// <summary>The Go SDK's files whose text does not depend on the schema's types.</summary>
internal static class GoStaticText
{
    private static string Header(string goPackage) => GoEmitter.Header(goPackage).ToString();

    public static string Init(PackageModel package, string goPackage, string importBase)
    {
        var cases = string.Concat(package.Resources.Select(r => $"\tcase \"{r.Token}\":\n\t\tr = &{r.Name}{{}}\n"));
        return Header(goPackage) + $$"""

            {{GoEmitter.Imports(["fmt"], [GoEmitter.SemverModule, GoEmitter.PulumiPackage, importBase + "/internal"]).TrimEnd('\n')}}

            type module struct {
            	version semver.Version
            }

            func (m *module) Version() semver.Version {
            	return m.version
            }

            func (m *module) Construct(ctx *pulumi.Context, name, typ, urn string) (r pulumi.Resource, err error) {
            	switch typ {
            {{cases}}	default:
            		return nil, fmt.Errorf("unknown resource type: %s", typ)
            	}

            	err = ctx.RegisterResource(typ, name, nil, r, pulumi.URN_(urn))
            	return
            }

            type pkg struct {
            	version semver.Version
            }

            func (p *pkg) Version() semver.Version {
            	return p.version
            }

            func (p *pkg) ConstructProvider(ctx *pulumi.Context, name, typ, urn string) (pulumi.ProviderResource, error) {
            	if typ != "pulumi:providers:{{package.Name}}" {
            		return nil, fmt.Errorf("unknown provider type: %s", typ)
            	}

            	r := &Provider{}
            	err := ctx.RegisterResource(typ, name, nil, r, pulumi.URN_(urn))
            	return r, err
            }

            func init() {
            	version, err := internal.PkgVersion()
            	if err != nil {
            		version = semver.Version{Major: 1}
            	}
            	pulumi.RegisterResourceModule(
            		"{{package.Name}}",
            		"index",
            		&module{version},
            	)
            	pulumi.RegisterResourcePackage(
            		"{{package.Name}}",
            		&pkg{version},
            	)
            }

            """;
    }

    public static string Provider(PackageModel package, string goPackage, string importBase) => Header(goPackage) + $$"""

        {{GoEmitter.Imports(["context", "reflect"], [GoEmitter.PulumiPackage, importBase + "/internal"]).TrimEnd('\n')}}

        // The provider type for the {{package.Name}} package.
        type Provider struct {
        	pulumi.ProviderResourceState
        }

        // NewProvider registers a new resource with the given unique name, arguments, and options.
        func NewProvider(ctx *pulumi.Context,
        	name string, args *ProviderArgs, opts ...pulumi.ResourceOption) (*Provider, error) {
        	if args == nil {
        		args = &ProviderArgs{}
        	}

        	opts = internal.PkgResourceDefaultOpts(opts)
        	var resource Provider
        	err := ctx.RegisterResource("pulumi:providers:{{package.Name}}", name, args, &resource, opts...)
        	if err != nil {
        		return nil, err
        	}
        	return &resource, nil
        }

        type providerArgs struct {
        }

        // The set of arguments for constructing a Provider resource.
        type ProviderArgs struct {
        }

        func (ProviderArgs) ElementType() reflect.Type {
        	return reflect.TypeOf((*providerArgs)(nil)).Elem()
        }

        type ProviderInput interface {
        	pulumi.Input

        	ToProviderOutput() ProviderOutput
        	ToProviderOutputWithContext(ctx context.Context) ProviderOutput
        }

        func (*Provider) ElementType() reflect.Type {
        	return reflect.TypeOf((**Provider)(nil)).Elem()
        }

        func (i *Provider) ToProviderOutput() ProviderOutput {
        	return i.ToProviderOutputWithContext(context.Background())
        }

        func (i *Provider) ToProviderOutputWithContext(ctx context.Context) ProviderOutput {
        	return pulumi.ToOutputWithContext(ctx, i).(ProviderOutput)
        }

        type ProviderOutput struct{ *pulumi.OutputState }

        func (ProviderOutput) ElementType() reflect.Type {
        	return reflect.TypeOf((**Provider)(nil)).Elem()
        }

        func (o ProviderOutput) ToProviderOutput() ProviderOutput {
        	return o
        }

        func (o ProviderOutput) ToProviderOutputWithContext(ctx context.Context) ProviderOutput {
        	return o
        }

        func init() {
        	pulumi.RegisterInputType(reflect.TypeOf((*ProviderInput)(nil)).Elem(), &Provider{})
        	pulumi.RegisterOutputType(ProviderOutput{})
        }

        """;

    public static string Utilities(PackageModel package) => Header("internal") + $$"""

        {{GoEmitter.Imports(["fmt", "os", "strconv", "strings"], [GoEmitter.SemverModule, GoEmitter.PulumiPackage]).TrimEnd('\n')}}

        type envParser func(v string) interface{}

        func ParseEnvBool(v string) interface{} {
        	b, err := strconv.ParseBool(v)
        	if err != nil {
        		return nil
        	}
        	return b
        }

        func ParseEnvInt(v string) interface{} {
        	i, err := strconv.ParseInt(v, 0, 0)
        	if err != nil {
        		return nil
        	}
        	return int(i)
        }

        func ParseEnvFloat(v string) interface{} {
        	f, err := strconv.ParseFloat(v, 64)
        	if err != nil {
        		return nil
        	}
        	return f
        }

        func ParseEnvStringArray(v string) interface{} {
        	var result pulumi.StringArray
        	for _, item := range strings.Split(v, ";") {
        		result = append(result, pulumi.String(item))
        	}
        	return result
        }

        // GetEnvOrDefault returns the first set environment variable among vars, parsed when a parser is
        // given, else def.
        func GetEnvOrDefault(def interface{}, parser envParser, vars ...string) interface{} {
        	for _, v := range vars {
        		if value, ok := os.LookupEnv(v); ok {
        			if parser != nil {
        				return parser(value)
        			}
        			return value
        		}
        	}
        	return def
        }

        // IsZero reports whether v is its type's zero value (a required property left unset).
        func IsZero(v interface{}) bool {
        	return v == nil || fmt.Sprint(v) == fmt.Sprint(zeroOf(v))
        }

        func zeroOf(v interface{}) interface{} {
        	switch v.(type) {
        	case string:
        		return ""
        	case int, float64:
        		return 0
        	case bool:
        		return false
        	default:
        		return nil
        	}
        }

        // PkgVersion is the version of this SDK, which selects the plugin version the engine starts.
        func PkgVersion() (semver.Version, error) {
        	if SdkVersion.Equals(semver.Version{}) {
        		return semver.Version{}, fmt.Errorf("the SDK version is not set")
        	}
        	return SdkVersion, nil
        }

        // PkgResourceDefaultOpts provides package level defaults to pulumi.OptionResource.
        func PkgResourceDefaultOpts(opts []pulumi.ResourceOption) []pulumi.ResourceOption {
        	defaults := []pulumi.ResourceOption{}
        	if pluginDownloadURL != "" {
        		defaults = append(defaults, pulumi.PluginDownloadURL(pluginDownloadURL))
        	}
        	if version, err := PkgVersion(); err == nil {
        		defaults = append(defaults, pulumi.Version(version.String()))
        	}
        	return append(defaults, opts...)
        }

        // PkgInvokeDefaultOpts provides package level defaults to pulumi.OptionInvoke.
        func PkgInvokeDefaultOpts(opts []pulumi.InvokeOption) []pulumi.InvokeOption {
        	defaults := []pulumi.InvokeOption{}
        	if pluginDownloadURL != "" {
        		defaults = append(defaults, pulumi.PluginDownloadURL(pluginDownloadURL))
        	}
        	if version, err := PkgVersion(); err == nil {
        		defaults = append(defaults, pulumi.Version(version.String()))
        	}
        	return append(defaults, opts...)
        }

        """;

    public static string Version(PackageModel package) => Header("internal") + $$"""

        import (
        	"{{GoEmitter.SemverModule}}"
        )

        // SdkVersion is the schema's version, which the resource options carry to the engine.
        var SdkVersion semver.Version = semver.MustParse("{{package.Version}}")

        // pluginDownloadURL is where the engine downloads the plugin from.
        var pluginDownloadURL string = "{{package.PluginDownloadUrl ?? ""}}"

        """;
}
