using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.ExceptionServices;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// Registers the component and then its children with the engine. Each child starts as soon as every
/// child it needs has returned (one task per child, no level-by-level barrier), so the longest
/// dependency chain is the only wait. The first failure cancels the rest; every call is awaited
/// before anything is returned or thrown.
/// </summary>
internal sealed class Registrar
{
    /// <summary>The pulumi-aws version children are registered with, so the engine picks its default provider.</summary>
    public const string AwsPluginVersion = "7.48.0";

    private readonly IResourceMonitor _monitor;
    private readonly RegistrationTimeouts _timeouts;

    public Registrar(IResourceMonitor monitor, RegistrationTimeouts timeouts)
    {
        _monitor = monitor;
        _timeouts = timeouts;
    }

    /// <summary>
    /// Registers the component itself: the request's parent, providers and options, and its inputs
    /// (so the checkpoint records them and a preview shows their changes), secrets still wrapped.
    /// </summary>
    public Task<RegisterResourceResult> RegisterComponentAsync(ComponentRequest request, CancellationToken cancellationToken)
    {
        var options = request.Options;
        var inputs = request.Inputs.Where(i => !i.Value.IsNull).ToImmutableSortedDictionary(StringComparer.Ordinal);
        var args = new RegisterResourceArgs(
            request.Type,
            request.Name,
            options.Parent,
            Custom: false,
            inputs.ToImmutableSortedDictionary(i => i.Key, i => i.Value.WithoutDependencies(), StringComparer.Ordinal))
        {
            Dependencies = [.. options.Dependencies.Concat(inputs.Values.SelectMany(v => v.AllDependencies)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            PropertyDependencies = inputs.ToImmutableSortedDictionary(i => i.Key, i => i.Value.AllDependencies.ToImmutableArray(), StringComparer.Ordinal),
            Providers = options.Providers,
            Protect = options.Protect,
            RetainOnDelete = options.RetainOnDelete,
            DeleteBeforeReplace = options.DeleteBeforeReplace,
            DeletedWith = options.DeletedWith,
            CustomTimeouts = options.CustomTimeouts,
            Aliases = options.Aliases,
        };
        return EngineCalls.CallAsync(
            ct => _monitor.RegisterResourceAsync(args, ct),
            _timeouts.EngineCall,
            $"registering the component {args}",
            cancellationToken);
    }

    /// <summary>Registers every child of <paramref name="plan"/> under <paramref name="componentUrn"/>; returns child name → result.</summary>
    public async Task<ImmutableSortedDictionary<string, RegisterResourceResult>> RegisterChildrenAsync(
        MigrationPlan plan,
        ComponentRequest request,
        string componentUrn,
        CancellationToken cancellationToken)
    {
        var heights = Heights(plan);
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var registered = new ConcurrentDictionary<string, RegisterResourceResult>(StringComparer.Ordinal);
        var done = plan.Resources.ToDictionary(
            r => r.Name,
            _ => new TaskCompletionSource(),
            StringComparer.Ordinal);
        ExceptionDispatchInfo? firstFailure = null;

        async Task RegisterAsync(PlannedResource resource)
        {
            try
            {
                await Task.WhenAll(resource.Prerequisites.Select(name => done[name].Task)).ConfigureAwait(false);
                failFast.Token.ThrowIfCancellationRequested();
                var args = ChildArgs(resource, request, componentUrn, registered);
                registered[resource.Name] = await EngineCalls.CallAsync(
                    ct => _monitor.RegisterResourceAsync(args, ct),
                    _timeouts.ChildRegistration,
                    $"registering {args}",
                    failFast.Token).ConfigureAwait(false);
                done[resource.Name].SetResult();
            }
            catch (Exception ex)
            {
                // The first failure is the cause; the cancellations it triggers are not.
                Interlocked.CompareExchange(ref firstFailure, ExceptionDispatchInfo.Capture(ex), null);
                done[resource.Name].SetCanceled(CancellationToken.None);
                await failFast.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }

        // Children whose chain to the end is longest start first among those ready at the same
        // moment, so that the registrations sharing the engine's and this process's time with them
        // do not hold back the critical path.
        var tasks = plan.Resources
            .OrderByDescending(r => heights[r.Name])
            .Select(RegisterAsync)
            .ToList();
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (Exception) when (firstFailure is not null)
        {
            firstFailure.Throw();
        }

        return registered.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// For each child, the most children on a dependency path from it to the end (itself
    /// included). Also checks the plan's promise that every child comes after what it needs.
    /// </summary>
    internal static Dictionary<string, int> Heights(MigrationPlan plan)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            if (!position.TryAdd(resource.Name, position.Count))
            {
                throw new InvalidOperationException($"the plan registers '{resource.Name}' twice");
            }

            foreach (var name in resource.Prerequisites.Where(name => !position.ContainsKey(name)))
            {
                throw new InvalidOperationException($"the plan lists '{resource.Name}' before '{name}', which it needs");
            }
        }

        var heights = plan.Resources.ToDictionary(r => r.Name, _ => 1, StringComparer.Ordinal);
        foreach (var resource in plan.Resources.Reverse())
        {
            foreach (var name in resource.Prerequisites)
            {
                heights[name] = Math.Max(heights[name], heights[resource.Name] + 1);
            }
        }

        return heights;
    }

    /// <summary>
    /// The registration of one child: inputs evaluated against the children registered so far,
    /// secrets flagged, a dependency entry for every input sent, the component's options applied.
    /// </summary>
    internal static RegisterResourceArgs ChildArgs(
        PlannedResource resource,
        ComponentRequest request,
        string componentUrn,
        IReadOnlyDictionary<string, RegisterResourceResult> registered)
    {
        var evaluator = new PlanValueEvaluator(registered, request.DryRun);
        var secretInputs = resource.SecretInputs.ToHashSet(StringComparer.Ordinal);
        var inputs = ImmutableSortedDictionary.CreateBuilder<string, PropertyValue>(StringComparer.Ordinal);
        var propertyDependencies = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var dependencies = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var (key, planValue) in resource.Inputs)
        {
            var value = evaluator.Evaluate(planValue);
            var valueDependencies = value.AllDependencies;
            dependencies.UnionWith(valueDependencies);
            if (value.IsNull)
            {
                // An absent output feeds an absent input: typed SDKs drop undefined inputs too.
                continue;
            }

            if (secretInputs.Contains(key) || value.ContainsSecrets)
            {
                value = value.WithSecret();
            }

            inputs[key] = value.WithoutDependencies();
            propertyDependencies[key] = [.. valueDependencies];
        }

        foreach (var name in resource.DependsOn)
        {
            dependencies.Add(registered.TryGetValue(name, out var prerequisite)
                ? prerequisite.Urn
                : throw new InvalidOperationException($"'{resource.Name}' depends on '{name}', which is not registered yet"));
        }

        var options = request.Options;
        return new RegisterResourceArgs(resource.Type, resource.Name, componentUrn, Custom: true, inputs.ToImmutable())
        {
            Dependencies = [.. dependencies],
            PropertyDependencies = propertyDependencies.ToImmutable(),
            Provider = options.AwsProvider,
            Version = AwsPluginVersion,
            Protect = options.Protect,
            RetainOnDelete = options.RetainOnDelete,
            // A child with a fixed AWS name cannot be created beside its old self: delete first,
            // whatever the component was given.
            DeleteBeforeReplace = resource.DeleteBeforeReplace ? true : options.DeleteBeforeReplace,
            DeletedWith = options.DeletedWith,
            CustomTimeouts = options.CustomTimeouts,
            Aliases = ChildAliases.Inherit(request, resource.Type, resource.Name),
            AdditionalSecretOutputs = resource.AdditionalSecretOutputs,
        };
    }
}
