using System.Collections.Immutable;
using System.Diagnostics;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The engine's side of one deployment, behind both the gRPC services and the in-process program
/// API, so programs of every kind meet the same behaviour: URNs as the engine builds them (a
/// duplicate refused), custom resources answered from the <see cref="IOfflineCloud"/> with
/// preview or update semantics, components and the stack answered with no state, a remote
/// component turned into its provider's <c>Construct</c>, and every call recorded.
/// </summary>
/// <remarks>
/// Preview: a custom resource answers its inputs plus what the cloud says, with the cloud's ID or
/// "" (not created), so outputs the cloud leaves out read as unknown. Update: the same, with an ID
/// always set. Outputs named in <c>additionalSecretOutputs</c> come back secret. After a failed
/// <c>Construct</c> the Pulumi engine aborts the deployment; this one keeps serving the calls under
/// way, so a preview reports every component's errors at once. Remote components are in
/// <c>Deployment.Remote.cs</c>.
/// </remarks>
internal sealed partial class Deployment : IDisposable
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _urns = new(StringComparer.Ordinal);
    private readonly List<RegistrationRecord> _registrations = [];
    private readonly List<InvokeRecord> _invokes = [];
    private readonly List<LogRecord> _logs = [];
    private readonly List<OutputsRecord> _outputs = [];
    private readonly List<ConstructFailure> _failures = [];
    private readonly Dictionary<string, ProviderPlugin> _plugins = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private string _root = "";
    private string _stack = "";
    private int _inFlight;
    private TaskCompletionSource _idle = Completed();
    private bool _shutDown;

    public Deployment(OfflineEngineOptions options)
    {
        Options = options;
    }

    public OfflineEngineOptions Options { get; }

    /// <summary>Where the engine listens (<c>127.0.0.1:port</c>): the monitor endpoint it gives providers, and its Engine service.</summary>
    public string Address { get; set; } = "";

    public EngineRecords Records
    {
        get
        {
            lock (_gate)
            {
                return new EngineRecords([.. _registrations], [.. _invokes], [.. _logs], [.. _outputs], [.. _failures], _root);
            }
        }
    }

    /// <summary>The root resource a program set, else the stack it registered: the parent of a remote component that names none.</summary>
    private string DefaultParent
    {
        get
        {
            lock (_gate)
            {
                return _root.Length > 0 ? _root : _stack;
            }
        }
    }

    /// <summary>Sends remote components of <paramref name="package"/> to the plugin at <paramref name="address"/>.</summary>
    public void UsePlugin(string package, string address)
    {
        lock (_gate)
        {
            if (_plugins.Remove(package, out var previous))
            {
                previous.Dispose();
            }

            _plugins[package] = new ProviderPlugin(package, address);
        }
    }

    public DeploymentInfo Info()
    {
        var info = new DeploymentInfo
        {
            Project = Options.Project,
            Stack = Options.Stack,
            Organization = Options.Organization,
            DryRun = Options.DryRun,
            Parallel = Options.Parallel,
        };
        info.Config.Add(Options.Config);
        info.ConfigSecretKeys.AddRange(Options.ConfigSecretKeys);
        info.SupportedFeatures.AddRange(MonitorFeatures.Supported.Select(f => f.Feature));
        return info;
    }

    public async Task<RegistrationOutcome> RegisterAsync(RegisterResourceRequest request, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        Enter();
        try
        {
            return request.Remote
                ? await RegisterRemoteAsync(request, started, cancellationToken).ConfigureAwait(false)
                : new RegistrationOutcome(await RegisterLocalAsync(request, started, cancellationToken).ConfigureAwait(false), null);
        }
        finally
        {
            Exit();
        }
    }

    public void RegisterOutputs(RegisterResourceOutputsRequest request)
    {
        Enter();
        try
        {
            var outputs = PropertyValueMarshaller.DecodeObject(request.Outputs);
            lock (_gate)
            {
                _outputs.Add(new OutputsRecord(request.Urn, outputs, Stopwatch.GetTimestamp()));
            }
        }
        finally
        {
            Exit();
        }
    }

    public async Task<ResourceInvokeResponse> InvokeAsync(ResourceInvokeRequest request, CancellationToken cancellationToken)
    {
        Enter();
        try
        {
            var args = PropertyValueMarshaller.DecodeObject(request.Args);
            lock (_gate)
            {
                _invokes.Add(new InvokeRecord(request.Tok, args, request.Provider, request.Version));
            }

            CloudInvokeResult result;
            try
            {
                result = await Options.Cloud.InvokeAsync(new CloudInvokeRequest(request.Tok, args, request.Provider, Options.DryRun), cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The engine answers a provider's failed function so.
                throw new RpcException(new Status(StatusCode.Unknown, $"invocation of {request.Tok} returned an error: {ex.Message}"));
            }

            var response = new ResourceInvokeResponse
            {
                Return = PropertyValueMarshaller.EncodeObject(result.Return, OutputValueEncoding.Downgrade),
                Unknown = result.IsUnknown,
            };
            response.Failures.AddRange(result.Failures.Select(f => new CheckFailure { Property = f.Property, Reason = f.Reason }));
            return response;
        }
        finally
        {
            Exit();
        }
    }

    public void Log(LogRequest request)
    {
        lock (_gate)
        {
            _logs.Add(new LogRecord((MessageSeverity)(int)request.Severity, request.Message, request.Urn));
        }
    }

    public string RootResource
    {
        get
        {
            lock (_gate)
            {
                return _root;
            }
        }

        set
        {
            lock (_gate)
            {
                _root = value;
            }
        }
    }

    /// <summary>
    /// The program has made its last call: wait until every call under way has been answered, then
    /// refuse any other (the engine is done with this deployment).
    /// </summary>
    public async Task SignalAndWaitForShutdownAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_gate)
        {
            idle = _idle.Task;
        }

        await idle.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _shutDown = true;
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        lock (_gate)
        {
            foreach (var plugin in _plugins.Values)
            {
                plugin.Dispose();
            }

            _plugins.Clear();
        }

        _stopping.Dispose();
    }

    private async Task<RegisterResourceResponse> RegisterLocalAsync(RegisterResourceRequest request, long started, CancellationToken cancellationToken)
    {
        if (request.Custom)
        {
            RequireTypeToken(request.Type, "a custom resource");
        }

        var urn = ResourceUrn.Create(Options.Stack, Options.Project, request.Parent, request.Type, request.Name);
        lock (_gate)
        {
            if (!_urns.Add(urn))
            {
                throw new RpcException(new Status(StatusCode.Unknown, $"Duplicate resource URN '{urn}'; try giving it a unique name"));
            }
        }

        var resource = WireForms.Decode(urn, request.Parent, request);
        if (resource.IsStack)
        {
            lock (_gate)
            {
                _stack = urn;
            }
        }

        var id = "";
        var outputs = ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal);
        if (request.Custom)
        {
            CloudResource created;
            try
            {
                created = await Options.Cloud.CreateAsync(
                    new CloudResourceRequest(urn, request.Type, request.Name, request.Parent, resource.Inputs, request.Provider, Options.DryRun),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The engine shows the provider's error against the resource, and fails the registration.
                lock (_gate)
                {
                    _logs.Add(new LogRecord(MessageSeverity.Error, ex.Message, urn));
                }

                return request.SupportsResultReporting
                    ? new RegisterResourceResponse { Urn = urn, Result = Result.Fail }
                    : throw new RpcException(new Status(StatusCode.Internal, "resource registration failed"));
            }

            id = created.Id ?? (Options.DryRun ? "" : $"{request.Name}_id");
            var state = resource.Inputs.SetItems(created.State);
            outputs = state.SetItems(resource.AdditionalSecretOutputs
                .Where(state.ContainsKey)
                .Select(name => KeyValuePair.Create(name, state[name].WithSecret())));
        }

        if (Options.Hooks is { } hooks)
        {
            await hooks.BeforeAnswerAsync(resource, started, cancellationToken).ConfigureAwait(false);
        }

        var answer = new RegisterResourceResponse
        {
            Urn = urn,
            Id = id,
            Object = WireForms.Answer(outputs, request.AcceptSecrets, request.SupportsPartialValues),
        };
        Record(new RegistrationRecord(resource, id, outputs, started, Stopwatch.GetTimestamp(), request.Clone()));
        return answer;
    }

    private void Record(RegistrationRecord record)
    {
        lock (_gate)
        {
            _registrations.Add(record);
        }
    }

    /// <summary>Custom resources and remote components need a full <c>package:module:type</c> token: the package names their provider.</summary>
    private static void RequireTypeToken(string type, string what)
    {
        var parts = type.Split(':');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw new RpcException(new Status(
                StatusCode.InvalidArgument,
                $"'{type}' is not a type token (package:module:type), which {what} needs"));
        }
    }

    private void Enter()
    {
        lock (_gate)
        {
            if (_shutDown)
            {
                throw new RpcException(new Status(StatusCode.Unavailable, "resource monitor shut down"));
            }

            if (_inFlight++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private void Exit()
    {
        lock (_gate)
        {
            if (--_inFlight == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
