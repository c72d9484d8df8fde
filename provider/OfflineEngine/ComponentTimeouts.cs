namespace TidbDms.Provider.OfflineEngine;

/// <summary>The <c>customTimeouts</c> resource option: Go duration strings (<c>"75m"</c>), empty for unset.</summary>
internal sealed record ComponentTimeouts(string Create = "", string Update = "", string Delete = "");
