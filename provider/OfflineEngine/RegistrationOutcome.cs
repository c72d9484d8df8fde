using Pulumirpc;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>How a registration ended: the engine's answer, or (for a remote component only) the failure of its provider's <c>Construct</c>.</summary>
internal sealed record RegistrationOutcome(RegisterResourceResponse? Response, ConstructFailure? Failure);
