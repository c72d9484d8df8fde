// A stand-in for the part of Pulumi's .NET SDK (the `Pulumi` NuGet package, 3.x) that the generated SDK
// (sdk/dotnet) and the C# example program use, for the test that compiles them together with Roslyn:
// Pulumi's NuGet packages cannot be reached from this repository's machines, so they cannot be built
// against the real assembly.
//
// Only declarations, transcribed from the Pulumi .NET SDK's public API: the same namespaces, type kinds,
// constructors, members, parameter names and defaults, and implicit conversions (which decide whether
// `Host = "…"`, `Password = config.RequireSecret(…)` or `Schemas = { "shop" }` compile). Every body throws:
// the test compiles, it never runs anything. Not listed here means not used by those sources; a source
// that starts using more of Pulumi's API fails the test until the member is added here, as it is
// declared by Pulumi. This file is not part of any project.
#nullable enable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    public class Input<T>
    {
        private protected Input() => throw new NotSupportedException();

        public static implicit operator Input<T>(T value) => throw new NotSupportedException();

        public static implicit operator Input<T>(Output<T> value) => throw new NotSupportedException();

        public static implicit operator Output<T>(Input<T> input) => throw new NotSupportedException();
    }

    public sealed class Output<T>
    {
        private Output() => throw new NotSupportedException();

        public Output<U> Apply<U>(Func<T, U> func) => throw new NotSupportedException();

        public Output<U> Apply<U>(Func<T, Task<U>> func) => throw new NotSupportedException();

        public Output<U> Apply<U>(Func<T, Input<U>?> func) => throw new NotSupportedException();

        public Output<U> Apply<U>(Func<T, Output<U>?> func) => throw new NotSupportedException();
    }

    public static partial class Output
    {
        public static Output<T> Create<T>(T value) => throw new NotSupportedException();

        public static Output<T> CreateSecret<T>(T value) => throw new NotSupportedException();

        public static Output<T> CreateSecret<T>(Task<T> value) => throw new NotSupportedException();

        public static Output<T> CreateSecret<T>(Output<T> value) => throw new NotSupportedException();

        public static Output<(T1, T2)> Tuple<T1, T2>(Input<T1> item1, Input<T2> item2) => throw new NotSupportedException();
    }

    public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable
    {
        public InputList() => throw new NotSupportedException();

        public void Add(params Input<T>[] inputs) => throw new NotSupportedException();

        IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException();

        public static implicit operator InputList<T>(T value) => throw new NotSupportedException();

        public static implicit operator InputList<T>(T[] values) => throw new NotSupportedException();

        public static implicit operator InputList<T>(List<T> values) => throw new NotSupportedException();

        public static implicit operator InputList<T>(ImmutableArray<T> values) => throw new NotSupportedException();

        public static implicit operator InputList<T>(Output<T[]> values) => throw new NotSupportedException();

        public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => throw new NotSupportedException();
    }

    public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable
    {
        public InputMap() => throw new NotSupportedException();

        public void Add(string key, Input<V> value) => throw new NotSupportedException();

        public Input<V> this[string key]
        {
            set => throw new NotSupportedException();
        }

        IEnumerator IEnumerable.GetEnumerator() => throw new NotSupportedException();

        public static implicit operator InputMap<V>(Dictionary<string, V> values) => throw new NotSupportedException();

        public static implicit operator InputMap<V>(ImmutableDictionary<string, V> values) => throw new NotSupportedException();
    }

    public abstract class InputArgs
    {
        private protected InputArgs() => throw new NotSupportedException();
    }

    public abstract class ResourceArgs : InputArgs
    {
        public static readonly ResourceArgs Empty = null!;

        protected ResourceArgs() => throw new NotSupportedException();
    }

    public class Resource
    {
        private protected Resource() => throw new NotSupportedException();
    }

    public class ComponentResource : Resource
    {
        public ComponentResource(string type, string name, ComponentResourceOptions? options = null) => throw new NotSupportedException();

        public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false) => throw new NotSupportedException();
    }

    public class CustomResource : Resource
    {
        private protected CustomResource() => throw new NotSupportedException();
    }

    public class ProviderResource : CustomResource
    {
        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null) => throw new NotSupportedException();
    }

    public abstract partial class ResourceOptions
    {
        private protected ResourceOptions() => throw new NotSupportedException();

        public Input<string>? Id { get; set; }

        public string? Version { get; set; }

        public string? PluginDownloadURL { get; set; }
    }

    public sealed class ComponentResourceOptions : ResourceOptions
    {
        public ComponentResourceOptions() => throw new NotSupportedException();

        public static ComponentResourceOptions Merge(ComponentResourceOptions? options1, ComponentResourceOptions? options2) => throw new NotSupportedException();
    }

    public partial class CustomResourceOptions : ResourceOptions
    {
        public CustomResourceOptions() => throw new NotSupportedException();

        public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2) => throw new NotSupportedException();
    }

    public class InvokeOptions
    {
        public string? Version { get; set; }

        public string? PluginDownloadURL { get; set; }
    }

    public class StackOptions
    {
    }

    public sealed partial class Config
    {
        public Config(string? name = null) => throw new NotSupportedException();

        public string? Get(string key) => throw new NotSupportedException();

        public string Require(string key) => throw new NotSupportedException();

        public Output<string>? GetSecret(string key) => throw new NotSupportedException();

        public Output<string> RequireSecret(string key) => throw new NotSupportedException();
    }

    public partial class Deployment
    {
        private Deployment() => throw new NotSupportedException();

        public static Task<int> RunAsync(Action action) => throw new NotSupportedException();

        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => throw new NotSupportedException();

        public static Task<int> RunAsync(Func<Task> func) => throw new NotSupportedException();

        public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => throw new NotSupportedException();
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OutputAttribute : Attribute
    {
        public OutputAttribute(string? name = null) => throw new NotSupportedException();
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class InputAttribute : Attribute
    {
        public InputAttribute(string name, bool required = false, bool json = false) => throw new NotSupportedException();
    }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class EnumTypeAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class)]
    public class ResourceTypeAttribute : Attribute
    {
        public ResourceTypeAttribute(string type, string? version) => throw new NotSupportedException();
    }
}

namespace Pulumi.Serialization
{
    // The generated files import this namespace, so it must exist; Pulumi keeps its wire-format helpers
    // here, all internal (this one among them), and none is named by the generated code.
    internal static class Constants
    {
        public const string UnknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    }
}
