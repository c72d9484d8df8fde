using System.Collections.Immutable;
using System.Diagnostics;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>
/// The engine side of a Construct, in memory: builds URNs as the engine does, asks the
/// <see cref="IMocks"/> for each resource and function, applies preview or update semantics, and
/// records every call. <see cref="MockEngine"/> serves it over real gRPC; tests may also use it
/// directly as the <see cref="IResourceMonitor"/> and <see cref="IEngineLog"/>.
/// </summary>
/// <remarks>
/// Preview: a custom resource answers its inputs plus whatever the mocks return, with the mocks'
/// ID or "" (not created yet), so outputs the mocks leave out read as unknown. Update: the same,
/// with an ID always set. Components answer an empty state and no ID, as the engine does.
/// Outputs named in <c>additionalSecretOutputs</c> come back secret.
/// </remarks>
internal sealed class MockMonitor : IResourceMonitor, IEngineLog
{
    private readonly IMocks _mocks;
    private readonly Lock _gate = new();
    private readonly List<RecordedRegistration> _registrations = [];
    private readonly List<RecordedLog> _logs = [];
    private readonly List<RecordedInvoke> _invokes = [];
    private readonly List<RecordedOutputs> _outputs = [];
    private readonly HashSet<string> _urns = new(StringComparer.Ordinal);

    public MockMonitor(IMocks mocks, MockEngineOptions? options = null)
    {
        _mocks = mocks;
        Options = options ?? new MockEngineOptions();
    }

    public MockEngineOptions Options { get; }

    /// <summary>The stack resource's URN: the parent to give a top-level component.</summary>
    public string StackUrn => ResourceUrn.ForStack(Options.Stack, Options.Project);

    public ImmutableArray<RecordedRegistration> Registrations
    {
        get
        {
            lock (_gate)
            {
                return [.. _registrations];
            }
        }
    }

    /// <summary>The registered resources, in the order their registrations were answered.</summary>
    public ImmutableArray<RegisteredResource> Resources => [.. Registrations.Select(r => r.Resource)];

    public ImmutableArray<RecordedLog> Logs
    {
        get
        {
            lock (_gate)
            {
                return [.. _logs];
            }
        }
    }

    public ImmutableArray<RecordedInvoke> Invokes
    {
        get
        {
            lock (_gate)
            {
                return [.. _invokes];
            }
        }
    }

    public ImmutableArray<RecordedOutputs> RegisteredOutputs
    {
        get
        {
            lock (_gate)
            {
                return [.. _outputs];
            }
        }
    }

    public async Task<RegisterResourceResult> RegisterResourceAsync(RegisterResourceArgs args, CancellationToken cancellationToken)
    {
        await InjectAsync(new MockCall("RegisterResource", args.Type, args.Name), cancellationToken).ConfigureAwait(false);
        return await RegisterAsync(args, Stopwatch.GetTimestamp(), cancellationToken).ConfigureAwait(false);
    }

    public async Task RegisterResourceOutputsAsync(string urn, ImmutableSortedDictionary<string, PropertyValue> outputs, CancellationToken cancellationToken)
    {
        await InjectAsync(new MockCall("RegisterResourceOutputs", urn, ""), cancellationToken).ConfigureAwait(false);
        RecordOutputs(urn, outputs);
    }

    public async Task<InvokeResult> InvokeAsync(
        string token,
        ImmutableSortedDictionary<string, PropertyValue> args,
        string provider,
        string version,
        CancellationToken cancellationToken)
    {
        await InjectAsync(new MockCall("Invoke", token, ""), cancellationToken).ConfigureAwait(false);
        return await CallAsync(token, args, provider, version).ConfigureAwait(false);
    }

    public async Task LogAsync(LogSeverity severity, string message, string urn, CancellationToken cancellationToken)
    {
        await InjectAsync(new MockCall("Log", urn, ""), cancellationToken).ConfigureAwait(false);
        RecordLog(severity, message, urn);
    }

    /// <summary>The fault to inject into <paramref name="call"/>, if any.</summary>
    internal MockFault? FaultFor(MockCall call) => Options.Faults?.Invoke(call);

    /// <summary>Answers a registration (after the configured latency) and records it; <paramref name="started"/> is when it arrived.</summary>
    internal async Task<RegisterResourceResult> RegisterAsync(
        RegisterResourceArgs args,
        long started,
        CancellationToken cancellationToken,
        Pulumirpc.RegisterResourceRequest? wire = null)
    {
        var answer = await AnswerAsync(args, started, wire).ConfigureAwait(false);
        await CompleteAsync(answer, cancellationToken).ConfigureAwait(false);
        return answer.Result;
    }

    /// <summary>Works out the answer to a registration (URN, mocks, preview or update semantics) without waiting or recording it.</summary>
    internal async Task<PendingRegistration> AnswerAsync(RegisterResourceArgs args, long started, Pulumirpc.RegisterResourceRequest? wire)
    {
        var urn = ResourceUrn.Create(Options.Stack, Options.Project, args.Parent, args.Type, args.Name);
        lock (_gate)
        {
            if (!_urns.Add(urn))
            {
                throw new MonitorCallException("Unknown", $"Duplicate resource URN '{urn}'; try giving it a unique name", engineStopping: false);
            }
        }

        var (mockId, mockState) = await _mocks.NewResourceAsync(new MockResourceArgs(
            args.Type, args.Name, args.Inputs, args.Provider, "", args.Custom, args.Parent, urn, Options.IsPreview)).ConfigureAwait(false);

        string id;
        ImmutableSortedDictionary<string, PropertyValue> outputs;
        if (args.Custom)
        {
            id = mockId ?? (Options.IsPreview ? "" : $"{args.Name}_id");
            var state = args.Inputs.SetItems(MockValues.ToProperties(mockState));
            outputs = state.SetItems(args.AdditionalSecretOutputs
                .Where(state.ContainsKey)
                .Select(name => KeyValuePair.Create(name, state[name].WithSecret())));
        }
        else
        {
            id = "";
            outputs = ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal);
        }

        var resource = RegisteredResource.From(urn, args);
        return new PendingRegistration(args, resource, new RegisterResourceResult(urn, id, outputs), started, wire);
    }

    /// <summary>
    /// Waits out the configured latency, counted from the request's arrival (so the engine's own
    /// work falls inside it, as in a real engine's step), then records the registration as answered.
    /// </summary>
    internal async Task CompleteAsync(PendingRegistration answer, CancellationToken cancellationToken)
    {
        var remaining = Options.RegistrationLatency - Stopwatch.GetElapsedTime(answer.Started);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, cancellationToken).ConfigureAwait(false);
        }

        lock (_gate)
        {
            _registrations.Add(new RecordedRegistration(
                answer.Request, answer.Resource, answer.Result.Id, answer.Result.Outputs, answer.Started, Stopwatch.GetTimestamp(), answer.Wire));
        }
    }

    internal async Task<InvokeResult> CallAsync(string token, ImmutableSortedDictionary<string, PropertyValue> args, string provider, string version)
    {
        lock (_gate)
        {
            _invokes.Add(new RecordedInvoke(token, args, provider, version));
        }

        IDictionary<string, object?> result;
        try
        {
            result = await _mocks.CallAsync(new MockCallArgs(token, args, provider)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The engine answers a provider's invoke error with an error status, message prefixed so.
            throw new MonitorCallException("Unknown", $"invocation of {token} returned an error: {ex.Message}", engineStopping: false, ex);
        }

        return ReferenceEquals(result, MockValues.UnknownResult)
            ? new InvokeResult(MockValues.ToProperties(null), [], IsUnknown: true)
            : new InvokeResult(MockValues.ToProperties(result), []);
    }

    internal void RecordOutputs(string urn, ImmutableSortedDictionary<string, PropertyValue> outputs)
    {
        lock (_gate)
        {
            _outputs.Add(new RecordedOutputs(urn, outputs, Stopwatch.GetTimestamp()));
        }
    }

    internal void RecordLog(LogSeverity severity, string message, string urn)
    {
        lock (_gate)
        {
            _logs.Add(new RecordedLog(severity, message, urn));
        }
    }

    /// <summary>In memory, a fault is the exception the gRPC adapter would raise for it.</summary>
    private async Task InjectAsync(MockCall call, CancellationToken cancellationToken)
    {
        switch (FaultFor(call))
        {
            case MockFault.Error error:
                throw new MonitorCallException(error.Status, error.Message, error.Status is "Unavailable" or "Cancelled");
            case MockFault.DropConnection:
                throw new MonitorCallException("Unavailable", "the connection to the engine was closed", engineStopping: false);
            case MockFault.Stall:
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
