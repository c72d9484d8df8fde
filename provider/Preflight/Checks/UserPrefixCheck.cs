using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// Starter/Essential SQL user names carry the cluster's prefix (<c>&lt;prefix&gt;.&lt;name&gt;</c>). A name
/// without one is refused at sign-in with a plain "access denied"; this check says why beforehand.
/// </summary>
internal sealed class UserPrefixCheck : IPreflightCheck
{
    public const string CheckId = "user-prefix";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.Start;

    public bool AppliesTo(PreflightTarget target) => target.IsServerless;

    public Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var tier = ContractEnums.Tier.ToWire(target.Tier);
        // The same rule as the component's cluster.username validation, so preflight and `pulumi up` agree.
        var finding = TidbUserName.TryGetPrefix(target.User, out var prefix)
            ? PreflightFinding.Pass(Id, $"'{target.User}' carries a cluster prefix ('{prefix}'), as {tier} user names must.")
            : PreflightFinding.Fail(
                Id,
                $"'{target.User}' has no cluster prefix: {tier} user names are '<prefix>.<name>', and the server refuses any other name.",
                $"Use the full user name shown in the cluster's Connect dialog, e.g. '<prefix>.{target.User}' (the prefix is the cluster's user prefix, such as '3pTAoNNegb47Uc8').");
        return Task.FromResult(finding);
    }
}
