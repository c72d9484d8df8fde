using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Testing;

/// <summary>A registration the mock engine has answered but not yet sent (it is waiting out its latency).</summary>
internal sealed record PendingRegistration(
    RegisterResourceArgs Request,
    RegisteredResource Resource,
    RegisterResourceResult Result,
    long Started,
    Pulumirpc.RegisterResourceRequest? Wire);
