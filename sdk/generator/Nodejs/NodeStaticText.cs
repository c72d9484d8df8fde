using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Nodejs;

/// <summary>The Node SDK's files whose text does not depend on the schema's types: utilities and the provider.</summary>
internal static class NodeStaticText
{
    public static string Utilities(PackageModel package)
    {
        var downloadUrl = package.PluginDownloadUrl is { } url ? $", pluginDownloadURL: {Text.Quote(url)}" : "";
        return $$"""
            // {{Text.GeneratedWarning}}
            // {{Text.DoNotEdit}}

            export function getEnv(...vars: string[]): string | undefined {
                for (const v of vars) {
                    const value = process.env[v];
                    if (value) {
                        return value;
                    }
                }
                return undefined;
            }

            export function getEnvBoolean(...vars: string[]): boolean | undefined {
                const s = getEnv(...vars);
                if (s !== undefined) {
                    // The spellings Go's strconv.ParseBool accepts, so every language SDK reads a variable alike.
                    if (["1", "t", "T", "true", "TRUE", "True"].find(v => v === s) !== undefined) {
                        return true;
                    }
                    if (["0", "f", "F", "false", "FALSE", "False"].find(v => v === s) !== undefined) {
                        return false;
                    }
                }
                return undefined;
            }

            export function getEnvNumber(...vars: string[]): number | undefined {
                const s = getEnv(...vars);
                if (s !== undefined) {
                    const f = parseFloat(s);
                    if (!isNaN(f)) {
                        return f;
                    }
                }
                return undefined;
            }

            /**
             * The SDK's version, from the package.json published beside the compiled code (bin/). It selects the
             * plugin version the engine starts for this package's resources.
             */
            export function getVersion(): string {
                let version = require('./package.json').version;
                // Node allows for the version to be prefixed by a "v", while semver doesn't.
                // If there is a v, strip it off.
                if (version.indexOf('v') === 0) {
                    version = version.slice(1);
                }
                return version;
            }

            /** @internal */
            export function resourceOptsDefaults(): any {
                return { version: getVersion(){{downloadUrl}} };
            }

            /** @internal */
            export function lazyLoad(exports: any, props: string[], loadModule: any) {
                for (let property of props) {
                    Object.defineProperty(exports, property, {
                        enumerable: true,
                        get: function() {
                            return loadModule()[property];
                        },
                    });
                }
            }

            """;
    }

    public static string Provider(PackageModel package) => $$"""
        // {{Text.GeneratedWarning}}
        // {{Text.DoNotEdit}}

        import * as pulumi from "@pulumi/pulumi";
        import * as utilities from "./utilities";

        /**
         * The provider type for the {{package.Name}} package. By default, resources use package-wide configuration
         * settings, however an explicit `Provider` instance may be created and passed in to the constructor of
         * resources to use those settings instead.
         */
        export class Provider extends pulumi.ProviderResource {
            /** @internal */
            public static readonly __pulumiType = '{{package.Name}}';

            /**
             * Returns true if the given object is an instance of Provider.  This is designed to work even
             * when multiple copies of the Pulumi SDK have been loaded into the same process.
             */
            public static isInstance(obj: any): obj is Provider {
                if (obj === undefined || obj === null) {
                    return false;
                }
                return obj['__pulumiType'] === "pulumi:providers:" + Provider.__pulumiType;
            }


            /**
             * Create a Provider resource with the given unique name, arguments, and options.
             *
             * @param name The _unique_ name of the resource.
             * @param args The arguments to use to populate this resource's properties.
             * @param opts A bag of options that control this resource's behavior.
             */
            constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
                let resourceInputs: pulumi.Inputs = {};
                opts = opts || {};
                {
                }
                opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
                super(Provider.__pulumiType, name, resourceInputs, opts);
            }
        }

        /**
         * The set of arguments for constructing a Provider resource.
         */
        export interface ProviderArgs {
        }

        """;
}
