using Google.Protobuf.Reflection;
using Pulumirpc;

namespace TidbDms.Provider.Tests.Protocol;

/// <summary>
/// Our trimmed .proto files against the upstream wire contract: full names (gRPC paths and Any type
/// URLs are built from them), field numbers, and proto3 <c>optional</c> presence. A renumbered or
/// renamed field here would silently drop or misread what the engine sends.
/// </summary>
[TestFixture]
internal sealed class ProtoContractTests
{
    [TestCase("pulumirpc.ResourceProvider", "Handshake,GetSchema,CheckConfig,DiffConfig,Configure,Construct,Cancel,GetPluginInfo,Attach")]
    [TestCase("pulumirpc.ResourceMonitor", "GetDeploymentInfo,SupportsFeature,Invoke,RegisterResource,RegisterResourceOutputs,SignalAndWaitForShutdown")]
    [TestCase("pulumirpc.Engine", "Log,GetRootResource,SetRootResource")]
    public void ServicesKeepTheirUpstreamNames(string service, string methods)
    {
        var descriptor = Services().Single(s => s.FullName == service);

        Assert.That(descriptor.Methods.Select(m => m.Name), Is.EqualTo(methods.Split(',')));
    }

    [Test]
    public void StatusDetailTypesKeepTheirUpstreamNames()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InputPropertiesError.Descriptor.FullName, Is.EqualTo("pulumirpc.InputPropertiesError"));
            Assert.That(InputPropertiesError.Types.PropertyError.Descriptor.FullName, Is.EqualTo("pulumirpc.InputPropertiesError.PropertyError"));
            Assert.That(Google.Rpc.Status.Descriptor.FullName, Is.EqualTo("google.rpc.Status"));
        });
    }

    private static IEnumerable<TestCaseData> Fields()
    {
        // ConstructRequest: every field 1-30 (14 is reserved upstream).
        foreach (var (name, number, optional) in new[]
        {
            ("project", 1, false), ("stack", 2, false), ("config", 3, false), ("dryRun", 4, false), ("parallel", 5, false),
            ("monitorEndpoint", 6, false), ("type", 7, false), ("name", 8, false), ("parent", 9, false), ("inputs", 10, false),
            ("inputDependencies", 11, false), ("protect", 12, true), ("providers", 13, false), ("dependencies", 15, false),
            ("configSecretKeys", 16, false), ("organization", 17, false), ("additionalSecretOutputs", 18, false),
            ("customTimeouts", 19, false), ("deletedWith", 20, false), ("deleteBeforeReplace", 21, true),
            ("ignoreChanges", 22, false), ("replaceOnChanges", 23, false), ("retainOnDelete", 24, true),
            ("accepts_output_values", 25, false), ("resource_hooks", 26, true), ("stack_trace_handle", 27, false),
            ("replace_with", 28, false), ("aliases", 29, false), ("replacement_trigger", 30, false),
        })
        {
            yield return Field(ConstructRequest.Descriptor, name, number, optional);
        }

        foreach (var (name, number, optional) in new[]
        {
            ("type", 1, false), ("name", 2, false), ("parent", 3, false), ("custom", 4, false), ("object", 5, false),
            ("protect", 6, true), ("dependencies", 7, false), ("provider", 8, false), ("propertyDependencies", 9, false),
            ("deleteBeforeReplace", 10, false), ("version", 11, false), ("ignoreChanges", 12, false), ("acceptSecrets", 13, false),
            ("additionalSecretOutputs", 14, false), ("aliasURNs", 15, false), ("importId", 16, false), ("customTimeouts", 17, false),
            ("deleteBeforeReplaceDefined", 18, false), ("supportsPartialValues", 19, false), ("remote", 20, false),
            ("acceptResources", 21, false), ("providers", 22, false), ("replaceOnChanges", 23, false), ("pluginDownloadURL", 24, false),
            ("retainOnDelete", 25, true), ("aliases", 26, false), ("deletedWith", 27, false), ("aliasSpecs", 28, false),
            ("sourcePosition", 29, false), ("pluginChecksums", 30, false), ("transforms", 31, false),
            ("supportsResultReporting", 32, false), ("packageRef", 33, false),
        })
        {
            yield return Field(RegisterResourceRequest.Descriptor, name, number, optional);
        }

        foreach (var (name, number) in new[] { ("urn", 1), ("id", 2), ("object", 3), ("stable", 4), ("stables", 5), ("propertyDependencies", 6), ("result", 7), ("unknown", 8) })
        {
            yield return Field(RegisterResourceResponse.Descriptor, name, number, false);
        }

        yield return Field(ConstructResponse.Descriptor, "urn", 1, false);
        yield return Field(ConstructResponse.Descriptor, "state", 2, false);
        yield return Field(ConstructResponse.Descriptor, "stateDependencies", 3, false);
        yield return Field(ProviderHandshakeRequest.Descriptor, "engine_address", 1, false);
        yield return Field(ProviderHandshakeRequest.Descriptor, "root_directory", 2, true);
        yield return Field(ProviderHandshakeRequest.Descriptor, "program_directory", 3, true);
        yield return Field(ProviderHandshakeRequest.Descriptor, "accepts_byte_string", 11, false);
        yield return Field(ProviderHandshakeResponse.Descriptor, "accept_secrets", 1, false);
        yield return Field(ProviderHandshakeResponse.Descriptor, "accept_resources", 2, false);
        yield return Field(ProviderHandshakeResponse.Descriptor, "accept_outputs", 3, false);
        yield return Field(ProviderHandshakeResponse.Descriptor, "supports_autonaming_configuration", 4, false);
        yield return Field(ProviderHandshakeResponse.Descriptor, "accepts_byte_string", 6, false);
        yield return Field(ConfigureResponse.Descriptor, "acceptSecrets", 1, false);
        yield return Field(ConfigureResponse.Descriptor, "supportsPreview", 2, false);
        yield return Field(ConfigureResponse.Descriptor, "acceptResources", 3, false);
        yield return Field(ConfigureResponse.Descriptor, "acceptOutputs", 4, false);
        yield return Field(ConfigureResponse.Descriptor, "supports_autonaming_configuration", 5, false);
        yield return Field(ResourceInvokeRequest.Descriptor, "tok", 1, false);
        yield return Field(ResourceInvokeRequest.Descriptor, "args", 2, false);
        yield return Field(ResourceInvokeRequest.Descriptor, "provider", 3, false);
        yield return Field(ResourceInvokeRequest.Descriptor, "version", 4, false);
        yield return Field(ResourceInvokeRequest.Descriptor, "acceptResources", 5, false);
        yield return Field(ResourceInvokeRequest.Descriptor, "packageRef", 9, false);
        yield return Field(ResourceInvokeResponse.Descriptor, "return", 1, false);
        yield return Field(ResourceInvokeResponse.Descriptor, "failures", 2, false);
        yield return Field(ResourceInvokeResponse.Descriptor, "unknown", 3, false);
        yield return Field(Alias.Types.Spec.Descriptor, "parentUrn", 5, false);
        yield return Field(Alias.Types.Spec.Descriptor, "noParent", 6, false);
        yield return Field(InputPropertiesError.Types.PropertyError.Descriptor, "property_path", 1, false);
        yield return Field(InputPropertiesError.Types.PropertyError.Descriptor, "reason", 2, false);
        yield return Field(LogRequest.Descriptor, "severity", 1, false);
        yield return Field(LogRequest.Descriptor, "urn", 3, false);
        yield return Field(LogRequest.Descriptor, "streamId", 4, false);
        yield return Field(LogRequest.Descriptor, "ephemeral", 5, false);
        yield return Field(Google.Rpc.Status.Descriptor, "details", 3, false);
    }

    [TestCaseSource(nameof(Fields))]
    public void FieldsKeepTheirUpstreamNumberAndPresence(MessageDescriptor message, string name, int number, bool optional)
    {
        var field = message.FindFieldByName(name);

        Assert.Multiple(() =>
        {
            Assert.That(field, Is.Not.Null, $"{message.FullName}.{name} is missing");
            Assert.That(field?.FieldNumber, Is.EqualTo(number), $"{message.FullName}.{name}");
            Assert.That(field?.RealContainingOneof is null && field?.ContainingOneof is not null, Is.EqualTo(optional), $"{message.FullName}.{name}: proto3 optional");
        });
    }

    [Test]
    public void ConstructRequestField14StaysUnused()
    {
        Assert.That(ConstructRequest.Descriptor.FindFieldByNumber(14), Is.Null);
    }

    [TestCase(LogSeverity.Debug, 0)]
    [TestCase(LogSeverity.Info, 1)]
    [TestCase(LogSeverity.Warning, 2)]
    [TestCase(LogSeverity.Error, 3)]
    public void LogSeveritiesKeepTheirNumbers(LogSeverity severity, int number)
    {
        Assert.That((int)severity, Is.EqualTo(number));
    }

    private static TestCaseData Field(MessageDescriptor message, string name, int number, bool optional) =>
        new TestCaseData(message, name, number, optional).SetName($"{message.Name}.{name} = {number}{(optional ? " (optional)" : "")}");

    private static IEnumerable<ServiceDescriptor> Services() =>
        new[] { ProviderReflection.Descriptor, ResourceReflection.Descriptor, EngineReflection.Descriptor }.SelectMany(f => f.Services);
}
