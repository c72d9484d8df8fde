using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Python;

/// <summary>The Python SDK's modules whose text does not depend on the schema's types: utilities and the provider.</summary>
internal static class PythonStaticText
{
    public static string Utilities(PackageModel package)
    {
        var downloadUrl = package.PluginDownloadUrl is { } url ? Text.Quote(url) : "None";
        return $$""""
            # coding=utf-8
            # {{Text.GeneratedWarning}}
            # {{Text.DoNotEdit}}


            import importlib
            import importlib.metadata
            import json
            import os
            import typing

            import pulumi
            import pulumi.runtime

            from semver import VersionInfo as SemverVersion
            from parver import Version as PEP440Version


            def get_env(*names):
                for name in names:
                    value = os.getenv(name)
                    if value is not None:
                        return value
                return None


            def get_env_bool(*names):
                value = get_env(*names)
                if value is not None:
                    # The spellings Go's strconv.ParseBool accepts, so every language SDK reads a variable alike.
                    if value in ("1", "t", "T", "true", "TRUE", "True"):
                        return True
                    if value in ("0", "f", "F", "false", "FALSE", "False"):
                        return False
                return None


            def get_env_int(*names):
                value = get_env(*names)
                if value is not None:
                    try:
                        return int(value)
                    except ValueError:
                        return None
                return None


            def get_env_float(*names):
                value = get_env(*names)
                if value is not None:
                    try:
                        return float(value)
                    except ValueError:
                        return None
                return None


            def _semver_of_distribution() -> str:
                # The installed distribution's version is PEP 440 (1.2.0a1); the engine wants semver (1.2.0-alpha.1).
                # The package must be pip-installed for this: a folder on PYTHONPATH has no distribution metadata.
                root_package = __name__.split('.')[0]
                pep440 = PEP440Version.parse(importlib.metadata.version(root_package))
                release = ".".join(str(part) for part in (tuple(pep440.release) + (0, 0))[:3])
                if pep440.pre_tag is not None:
                    tag = {"a": "alpha", "b": "beta", "c": "rc", "rc": "rc"}.get(pep440.pre_tag, pep440.pre_tag)
                    return f"{release}-{tag}.{pep440.pre}"
                if pep440.dev is not None:
                    return f"{release}-dev.{pep440.dev}"
                return release


            _version = _semver_of_distribution()
            _version_str = str(SemverVersion.parse(_version))


            def get_version():
                return _version_str


            def get_plugin_download_url():
                return {{downloadUrl}}


            def get_resource_opts_defaults() -> pulumi.ResourceOptions:
                return pulumi.ResourceOptions(
                    version=get_version(),
                    plugin_download_url=get_plugin_download_url(),
                )


            def get_invoke_opts_defaults() -> pulumi.InvokeOptions:
                return pulumi.InvokeOptions(
                    version=get_version(),
                    plugin_download_url=get_plugin_download_url(),
                )


            def get_resource_args_opts(resource_args_type, resource_options_type, *args, **kwargs):
                """
                Splits a resource constructor's positional and keyword arguments into its args object (when one
                was passed, positionally or as args=) and its options.
                """
                resource_args, opts = None, None
                if args and isinstance(args[0], resource_args_type):
                    resource_args, args = args[0], args[1:]
                if args and isinstance(args[0], resource_options_type):
                    opts = args[0]
                if resource_args is None and isinstance(kwargs.get("args"), resource_args_type):
                    resource_args = kwargs.get("args")
                if opts is None:
                    opts = kwargs.get("opts")
                return resource_args, opts


            class Package(pulumi.runtime.ResourcePackage):
                def __init__(self, pkg_info):
                    super().__init__()
                    self.pkg_info = pkg_info

                def version(self):
                    return SemverVersion.parse(_version)

                def construct_provider(self, name: str, typ: str, urn: str) -> pulumi.ProviderResource:
                    if typ != self.pkg_info['token']:
                        raise Exception(f"unknown provider type {typ}")
                    provider_class = getattr(importlib.import_module(self.pkg_info['fqn']), self.pkg_info['class'])
                    return provider_class(name, pulumi.ResourceOptions(urn=urn))


            class Module(pulumi.runtime.ResourceModule):
                def __init__(self, mod_info):
                    super().__init__()
                    self.mod_info = mod_info

                def version(self):
                    return SemverVersion.parse(_version)

                def construct(self, name: str, typ: str, urn: str) -> pulumi.Resource:
                    class_name = self.mod_info['classes'].get(typ, None)
                    if class_name is None:
                        raise Exception(f"unknown resource type {typ}")
                    resource_class = getattr(importlib.import_module(self.mod_info['fqn']), class_name)
                    return resource_class(name, pulumi.ResourceOptions(urn=urn))


            _registered = False


            def register(resource_modules, resource_packages):
                """
                Lets the runtime rebuild this package's resources from URNs (resource references, imports).
                """
                global _registered
                if _registered:
                    return
                _registered = True
                for pkg_info in json.loads(resource_packages):
                    pulumi.runtime.register_resource_package(pkg_info['pkg'], Package(pkg_info))
                for mod_info in json.loads(resource_modules):
                    pulumi.runtime.register_resource_module(mod_info['pkg'], mod_info['mod'], Module(mod_info))

            """";
    }

    public static string Provider(PackageModel package) => $$""""
        # coding=utf-8
        # {{Text.GeneratedWarning}}
        # {{Text.DoNotEdit}}

        import builtins as _builtins
        import copy
        import warnings
        import sys
        import pulumi
        import pulumi.runtime
        from typing import Any, Mapping, Optional, Sequence, Union, overload
        if sys.version_info >= (3, 11):
            from typing import NotRequired, TypedDict, TypeAlias
        else:
            from typing_extensions import NotRequired, TypedDict, TypeAlias
        from . import _utilities

        __all__ = ['ProviderArgs', 'Provider']

        @pulumi.input_type
        class ProviderArgs:
            def __init__(__self__):
                """
                The set of arguments for constructing a Provider resource.
                """
                pass


        @pulumi.type_token("pulumi:providers:{{package.Name}}")
        class Provider(pulumi.ProviderResource):
            @overload
            def __init__(__self__,
                         resource_name: str,
                         opts: Optional[pulumi.ResourceOptions] = None,
                         __props__=None):
                """
                The provider type for the {{package.Name}} package.
                :param str resource_name: The name of the resource.
                :param pulumi.ResourceOptions opts: Options for the resource.
                """
                ...
            @overload
            def __init__(__self__,
                         resource_name: str,
                         args: Optional[ProviderArgs] = None,
                         opts: Optional[pulumi.ResourceOptions] = None):
                """
                The provider type for the {{package.Name}} package.
                :param str resource_name: The name of the resource.
                :param ProviderArgs args: The arguments to use to populate this resource's properties.
                :param pulumi.ResourceOptions opts: Options for the resource.
                """
                ...
            def __init__(__self__, resource_name: str, *args, **kwargs):
                resource_args, opts = _utilities.get_resource_args_opts(ProviderArgs, pulumi.ResourceOptions, *args, **kwargs)
                if resource_args is not None:
                    __self__._internal_init(resource_name, opts, **resource_args.__dict__)
                else:
                    __self__._internal_init(resource_name, *args, **kwargs)

            def _internal_init(__self__,
                         resource_name: str,
                         opts: Optional[pulumi.ResourceOptions] = None,
                         __props__=None):
                opts = pulumi.ResourceOptions.merge(_utilities.get_resource_opts_defaults(), opts)
                if not isinstance(opts, pulumi.ResourceOptions):
                    raise TypeError('Expected resource options to be a ResourceOptions instance')
                if opts.id is None:
                    if __props__ is not None:
                        raise TypeError('__props__ is only valid when passed in combination with a valid opts.id to get an existing resource')
                    __props__ = ProviderArgs.__new__(ProviderArgs)

                super(Provider, __self__).__init__(
                    '{{package.Name}}',
                    resource_name,
                    __props__,
                    opts)

        """";
}
