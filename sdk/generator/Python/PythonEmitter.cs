using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Python;

/// <summary>
/// The Python SDK (<c>sdk/python</c>): <c>setup.py</c> (the schema does not enable pyproject) and the package
/// folder, as <c>pulumi package gen-sdk --language python</c> writes them with the default
/// <c>inputTypes: classes-and-dicts</c>.
/// </summary>
internal static class PythonEmitter
{
    private const string Dir = "python/";
    private const string DefaultPulumi = ">=3.231.0,<4.0.0";

    public static IEnumerable<GeneratedFile> Emit(PackageModel package)
    {
        var module = ModuleName(package);
        var folder = $"{Dir}{module}/";
        var files = new List<GeneratedFile>
        {
            new(Dir + "setup.py", SetupPy(package, module)),
            new(folder + "README.md", Readme.For(package)),
            new(folder + "py.typed", ""),
            new(folder + "pulumi-plugin.json", JsonText.PluginJson(package)),
            new(folder + "__init__.py", Init(package, module)),
            new(folder + "_utilities.py", PythonStaticText.Utilities(package)),
            new(folder + "_enums.py", PythonModulesWriter.Enums(package)),
            new(folder + "_inputs.py", PythonModulesWriter.Inputs(package)),
            new(folder + "provider.py", PythonStaticText.Provider(package)),
        };
        files.AddRange(package.Resources.Select(r => new GeneratedFile($"{folder}{Names.Snake(r.Name)}.py", PythonResourceWriter.Write(r))));
        return files;
    }

    /// <summary>The import (and distribution) name: <c>python.packageName</c>, else <c>pulumi_&lt;name&gt;</c>.</summary>
    public static string ModuleName(PackageModel package) =>
        package.Language.PythonPackageName ?? "pulumi_" + package.Name.Replace('-', '_');

    /// <summary>A semver version as PEP 440 (<c>1.2.0-alpha.1</c> → <c>1.2.0a1</c>), as PyPI needs it.</summary>
    public static string PypiVersion(string version)
    {
        var dash = version.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            return version.Split('+')[0];
        }

        var release = version[..dash];
        var pre = version[(dash + 1)..].Split('+')[0].Split('.');
        var tag = pre[0] switch { "alpha" => "a", "beta" => "b", "rc" => "rc", "dev" => ".dev", var other => throw new NotSupportedException($"prerelease '{other}' has no PEP 440 form") };
        return release + tag + (pre.Length > 1 ? pre[1] : "0");
    }

    private static string SetupPy(PackageModel package, string module)
    {
        var requires = new List<string> { "parver>=0.2.1" };
        var pulumi = package.Language.PythonRequires.FirstOrDefault(r => r.Key == "pulumi").Value ?? DefaultPulumi;
        requires.Add("pulumi" + pulumi);
        requires.AddRange(package.Language.PythonRequires.Where(r => r.Key != "pulumi").Select(r => r.Key + r.Value));
        requires.Add("semver>=2.8.1");
        requires.Sort(StringComparer.Ordinal);
        requires.Add("typing-extensions>=4.11,<5; python_version < \"3.11\"");

        var w = PythonTypes.Header();
        w.Line("import errno");
        w.Line("from setuptools import setup, find_packages");
        w.Line("from setuptools.command.install import install");
        w.Line("from subprocess import check_call").Line().Line();
        w.Line($"VERSION = \"{PypiVersion(package.Version)}\"");
        w.Line("def readme():");
        w.Line("    try:");
        w.Line($"        with open('{module}/README.md', encoding='utf-8') as f:");
        w.Line("            return f.read()");
        w.Line("    except FileNotFoundError:");
        w.Line($"        return \"{package.Name} Pulumi Package - Development Version\"").Line().Line();
        w.Line($"setup(name='{module}',");
        w.Line($"      python_requires='{package.Language.PythonRequiresPython ?? ">=3.9"}',");
        w.Line("      version=VERSION,");
        w.Line($"      description={Text.Quote(package.Description)},");
        w.Line("      long_description=readme(),");
        w.Line("      long_description_content_type='text/markdown',");
        w.Line($"      keywords={Text.Quote(string.Join(" ", package.Keywords))},");
        if (package.Homepage is { } homepage)
        {
            w.Line($"      url={Text.Quote(homepage)},");
        }

        if (package.Repository is { } repository)
        {
            w.Line("      project_urls={");
            w.Line($"          'Repository': {Text.Quote(repository)}");
            w.Line("      },");
        }

        if (package.License is { } license)
        {
            w.Line($"      license={Text.Quote(license)},");
        }

        w.Line("      packages=find_packages(),");
        w.Line("      package_data={");
        w.Line($"          '{module}': [");
        w.Line("              'py.typed',");
        w.Line("              'pulumi-plugin.json',");
        w.Line("          ]");
        w.Line("      },");
        w.Line("      install_requires=[");
        for (var i = 0; i < requires.Count; i++)
        {
            w.Line($"          {Quote1(requires[i])}{(i == requires.Count - 1 ? "" : ",")}");
        }

        w.Line("      ],");
        w.Line("      zip_safe=False)");
        return w.ToString();
    }

    private static string Init(PackageModel package, string module)
    {
        var w = PythonTypes.Header();
        w.Line("import builtins as _builtins");
        w.Line("from . import _utilities");
        w.Line("import typing");
        w.Line("# Export this package's modules as members:");
        w.Line("from ._enums import *");
        w.Line("from .provider import *");
        foreach (var resource in package.Resources)
        {
            w.Line($"from .{Names.Snake(resource.Name)} import *");
        }

        w.Line("from ._inputs import *");
        w.Line("_utilities.register(");
        w.Line("    resource_modules=\"\"\"");
        w.Line("[");
        w.Line(" {");
        w.Line($"  \"pkg\": \"{package.Name}\",");
        w.Line("  \"mod\": \"index\",");
        w.Line($"  \"fqn\": \"{module}\",");
        w.Line("  \"classes\": {");
        for (var i = 0; i < package.Resources.Count; i++)
        {
            var r = package.Resources[i];
            w.Line($"   \"{r.Token}\": \"{r.Name}\"{(i == package.Resources.Count - 1 ? "" : ",")}");
        }

        w.Line("  }");
        w.Line(" }");
        w.Line("]");
        w.Line("\"\"\",");
        w.Line("    resource_packages=\"\"\"");
        w.Line("[");
        w.Line(" {");
        w.Line($"  \"pkg\": \"{package.Name}\",");
        w.Line($"  \"token\": \"pulumi:providers:{package.Name}\",");
        w.Line($"  \"fqn\": \"{module}\",");
        w.Line("  \"class\": \"Provider\"");
        w.Line(" }");
        w.Line("]");
        w.Line("\"\"\"");
        w.Line(")");
        return w.ToString();
    }

    private static string Quote1(string value) => "'" + value.Replace("'", "\\'", StringComparison.Ordinal) + "'";
}
