using System.Collections.Immutable;
using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// The engine's <c>ResourceMonitor</c> behind <see cref="IResourceMonitor"/>. What goes on the wire
/// follows what pulumi's Node SDK sends for a component and its children
/// (as the official Node SDK does on the wire), except that secrets are always sent wrapped: every current
/// engine supports them, so there is no feature probe that could make us send a password in the clear.
/// </summary>
internal sealed class GrpcResourceMonitor : IResourceMonitor
{
    private readonly ResourceMonitor.ResourceMonitorClient _client;

    public GrpcResourceMonitor(GrpcChannel channel)
    {
        _client = new ResourceMonitor.ResourceMonitorClient(channel);
    }

    public async Task<RegisterResourceResult> RegisterResourceAsync(RegisterResourceArgs args, CancellationToken cancellationToken)
    {
        var request = ToWire(args);
        var response = await EngineCallErrors.Guard(
            async () => await _client.RegisterResourceAsync(request, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        if (response.Result == Result.Fail)
        {
            throw new MonitorCallException(
                "FAIL",
                "the engine reports that the resource failed; its error is shown against the resource",
                engineStopping: false);
        }

        return new RegisterResourceResult(response.Urn, response.Id, PropertyValueMarshaller.DecodeObject(response.Object), response.Unknown);
    }

    public Task RegisterResourceOutputsAsync(string urn, ImmutableSortedDictionary<string, PropertyValue> outputs, CancellationToken cancellationToken)
    {
        var request = new RegisterResourceOutputsRequest
        {
            Urn = urn,
            Outputs = PropertyValueMarshaller.EncodeObject(outputs, OutputValueEncoding.Downgrade),
        };
        return EngineCallErrors.Guard(
            async () => await _client.RegisterResourceOutputsAsync(request, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false),
            cancellationToken);
    }

    public async Task<InvokeResult> InvokeAsync(
        string token,
        ImmutableSortedDictionary<string, PropertyValue> args,
        string provider,
        string version,
        CancellationToken cancellationToken)
    {
        var request = new ResourceInvokeRequest
        {
            Tok = token,
            Args = PropertyValueMarshaller.EncodeObject(args, OutputValueEncoding.Downgrade),
            Provider = provider,
            Version = version,
            AcceptResources = true,
        };
        var response = await EngineCallErrors.Guard(
            async () => await _client.InvokeAsync(request, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
        return new InvokeResult(
            PropertyValueMarshaller.DecodeObject(response.Return),
            [.. response.Failures.Select(f => (f.Property, f.Reason))],
            response.Unknown);
    }

    /// <summary>
    /// The request as the engine must see it: secrets wrapped in the secret signature (never output
    /// values: custom resources do not take them), unknowns as the sentinel, dependencies only in
    /// <c>dependencies</c>/<c>propertyDependencies</c>.
    /// </summary>
    internal static RegisterResourceRequest ToWire(RegisterResourceArgs args)
    {
        var request = new RegisterResourceRequest
        {
            Type = args.Type,
            Name = args.Name,
            Parent = args.Parent,
            Custom = args.Custom,
            Object = PropertyValueMarshaller.EncodeObject(args.Inputs, OutputValueEncoding.Downgrade),
            Provider = args.Provider,
            Version = args.Version,
            DeletedWith = args.DeletedWith,
            AcceptSecrets = true,
            AcceptResources = true,
            // Without it the engine drops every property holding an unknown from a preview's answer.
            SupportsPartialValues = true,
            AliasSpecs = true,
            // A failed child comes back as result FAIL (the engine shows its error against the child)
            // rather than as a bare INTERNAL "resource registration failed".
            SupportsResultReporting = true,
            Remote = false,
        };
        if (args.Protect is { } protect)
        {
            request.Protect = protect;
        }

        if (args.RetainOnDelete is { } retain)
        {
            request.RetainOnDelete = retain;
        }

        if (args.DeleteBeforeReplace is { } deleteBeforeReplace)
        {
            request.DeleteBeforeReplace = deleteBeforeReplace;
            request.DeleteBeforeReplaceDefined = true;
        }

        if (args.CustomTimeouts is { } timeouts)
        {
            request.CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts
            {
                Create = timeouts.Create,
                Update = timeouts.Update,
                Delete = timeouts.Delete,
                Read = timeouts.Read,
            };
        }

        request.Dependencies.AddRange(args.Dependencies);
        foreach (var (key, urns) in args.PropertyDependencies)
        {
            request.PropertyDependencies[key] = new RegisterResourceRequest.Types.PropertyDependencies { Urns = { urns } };
        }

        request.Providers.Add(args.Providers);
        request.AdditionalSecretOutputs.AddRange(args.AdditionalSecretOutputs);
        request.Aliases.AddRange(args.Aliases.Select(ToWire));
        return request;
    }

    internal static Alias ToWire(ResourceAlias alias)
    {
        if (alias.IsUrn)
        {
            return new Alias { Urn = alias.Urn };
        }

        var spec = new Alias.Types.Spec { Name = alias.Name, Type = alias.Type, Stack = alias.Stack, Project = alias.Project };
        if (alias.NoParent)
        {
            spec.NoParent = true;
        }
        else if (alias.ParentUrn.Length > 0)
        {
            spec.ParentUrn = alias.ParentUrn;
        }

        return new Alias { Spec = spec };
    }

    /// <summary>The domain form of a wire alias (as <c>ConstructRequest.aliases</c> carries them).</summary>
    internal static ResourceAlias FromWire(Alias alias) => alias.AliasCase switch
    {
        Alias.AliasOneofCase.Urn => ResourceAlias.FromUrn(alias.Urn),
        Alias.AliasOneofCase.Spec => new ResourceAlias(
            Name: alias.Spec.Name,
            Type: alias.Spec.Type,
            Stack: alias.Spec.Stack,
            Project: alias.Spec.Project,
            ParentUrn: alias.Spec.ParentCase == Alias.Types.Spec.ParentOneofCase.ParentUrn ? alias.Spec.ParentUrn : "",
            NoParent: alias.Spec.ParentCase == Alias.Types.Spec.ParentOneofCase.NoParent && alias.Spec.NoParent),
        _ => new ResourceAlias(),
    };
}
