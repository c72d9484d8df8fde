namespace TidbDms.Provider.Registration;

/// <summary>
/// How long Construct waits for one engine call before it reports the engine as stalled. A child
/// registration in an update lasts as long as the cloud create (a DMS replication instance takes
/// up to 40 minutes by pulumi-aws's own timeout), so its bound is generous. Other calls usually
/// answer in milliseconds, but the first call that needs the AWS provider (an invoke, or the first
/// child in a preview) waits while the engine loads it, and downloads it if it is not installed.
/// </summary>
/// <param name="ChildRegistration">One child's <c>RegisterResource</c>.</param>
/// <param name="EngineCall">The component registration, invokes, <c>RegisterResourceOutputs</c> and logs.</param>
internal sealed record RegistrationTimeouts(TimeSpan ChildRegistration, TimeSpan EngineCall)
{
    /// <summary>Slack over the user's <c>customTimeouts</c>: the engine's own timeout must fire first.</summary>
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(5);

    public static RegistrationTimeouts Preview { get; } = new(TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15));

    public static RegistrationTimeouts Update { get; } = new(TimeSpan.FromMinutes(60), TimeSpan.FromMinutes(15));

    /// <summary>
    /// The defaults for the mode; in an update, child registrations are stretched past any longer
    /// <c>customTimeouts</c> (a preview creates nothing, so they do not apply to it).
    /// </summary>
    public static RegistrationTimeouts For(bool dryRun, CustomTimeouts? customTimeouts)
    {
        if (dryRun)
        {
            return Preview;
        }

        return customTimeouts?.Longest is { } longest && longest + Slack > Update.ChildRegistration
            ? Update with { ChildRegistration = longest + Slack }
            : Update;
    }
}
