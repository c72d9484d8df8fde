using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Registration.Construct;

/// <summary>
/// One <c>Construct</c>, end to end: read and check the inputs, register the component while the AWS
/// facts are looked up, check the rules that need those facts, plan, register the children in
/// dependency waves, register the outputs, and only then return. Several may run at once: an
/// instance holds no state between calls.
/// </summary>
internal sealed class ComponentConstructor
{
    private readonly IResourceMonitor _monitor;
    private readonly IEngineLog _log;
    private readonly RegistrationTimeouts? _timeouts;

    /// <param name="timeouts">Fixed per-call timeouts (tests); null for the defaults of the request's mode.</param>
    public ComponentConstructor(IResourceMonitor monitor, IEngineLog log, RegistrationTimeouts? timeouts = null)
    {
        _monitor = monitor;
        _log = log;
        _timeouts = timeouts;
    }

    /// <exception cref="InputErrorsException">The inputs, or the account, break a rule.</exception>
    /// <exception cref="RegistrationException">The engine failed, stopped, or stalled.</exception>
    public async Task<ConstructResult> ConstructAsync(ComponentRequest request, CancellationToken cancellationToken)
    {
        // Before anything is recorded (the component's own registration stores its inputs in state).
        request = request with { Inputs = InputCheck.MarkSecrets(request.Inputs) };
        var read = InputCheck.Run(request.Inputs);
        var nameErrors = AwsNamingRules.CheckComponentName(request.Name).ToImmutableArray();
        // The check gives args exactly when it found no error.
        if (read.Args is not { } args || !nameErrors.IsEmpty)
        {
            throw new InputErrorsException([.. nameErrors, .. read.Errors]);
        }

        var timeouts = _timeouts ?? RegistrationTimeouts.For(request.DryRun, request.Options.CustomTimeouts);
        var registrar = new Registrar(_monitor, timeouts);
        var resolver = new PlanContextResolver(_monitor, timeouts.EngineCall);

        // The lookups and the planning do not need the component's URN: they run while it registers.
        var componentTask = registrar.RegisterComponentAsync(request, cancellationToken);
        var planTask = PlanAsync(request, args, resolver, cancellationToken);
        await WhenAllSettled(componentTask, planTask).ConfigureAwait(false);
        var component = await componentTask.ConfigureAwait(false);
        var (planned, warnings, contextErrors) = await planTask.ConfigureAwait(false);

        var logs = new List<Task>();
        logs.AddRange(read.Warnings.Concat(warnings)
            .Select(w => LogAsync(LogSeverity.Warning, w.ToString(), component.Urn, timeouts, cancellationToken)));
        try
        {
            // There is a plan exactly when the rules on the account's facts passed.
            var plan = planned ?? throw new InputErrorsException(contextErrors);
            var children = await registrar.RegisterChildrenAsync(plan, request, component.Urn, cancellationToken).ConfigureAwait(false);
            var outputs = ComponentOutputs.Build(plan.Outputs, children, request.Options.AdditionalSecretOutputs, request.DryRun);
            logs.AddRange(outputs.DroppedUnknowns.Select(name => LogAsync(
                LogSeverity.Debug,
                $"output '{name}' is still unknown after the update; it is left out rather than returned unknown",
                component.Urn,
                timeouts,
                cancellationToken)));

            await EngineCalls.CallAsync(
                ct => _monitor.RegisterResourceOutputsAsync(component.Urn, outputs.State, ct),
                timeouts.EngineCall,
                $"registering the outputs of {request.Type} '{request.Name}'",
                cancellationToken).ConfigureAwait(false);
            return new ConstructResult(component.Urn, outputs.State, outputs.StateDependencies);
        }
        finally
        {
            // Every RPC ends before Construct answers (pulumi/pulumi#6365), logs included.
            await Task.WhenAll(logs).ConfigureAwait(false);
        }
    }

    /// <summary>The account's facts, the rules on them, and the plan when they pass (null when they do not).</summary>
    private static async Task<(MigrationPlan? Plan, ImmutableArray<InputWarning> Warnings, ImmutableArray<InputError> Errors)> PlanAsync(
        ComponentRequest request, TidbDmsMigrationArgs args, PlanContextResolver resolver, CancellationToken cancellationToken)
    {
        var context = await resolver.ResolveAsync(request, args, cancellationToken).ConfigureAwait(false);
        var (errors, warnings) = ContextValidator.Validate(args, context);
        return (errors.IsEmpty ? Planner.Plan(request.Name, args, context) : null, warnings, errors);
    }

    private async Task LogAsync(LogSeverity severity, string message, string urn, RegistrationTimeouts timeouts, CancellationToken cancellationToken)
    {
        try
        {
            await EngineCalls.CallAsync(ct => _log.LogAsync(severity, message, urn, ct), timeouts.EngineCall, "logging", cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RegistrationException or OperationCanceledException)
        {
            // A message the engine could not take must not fail the deployment: if the engine is
            // gone, the next registration reports it.
        }
    }

    private static async Task WhenAllSettled(params Task[] tasks)
    {
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Each task's own exception is rethrown when it is awaited.
        }
    }
}
