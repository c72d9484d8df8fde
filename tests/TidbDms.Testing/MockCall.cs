namespace TidbDms.Testing;

/// <summary>Which call a fault rule is asked about.</summary>
/// <param name="Operation">The RPC name: <c>RegisterResource</c>, <c>RegisterResourceOutputs</c>, <c>Invoke</c> or <c>Log</c>.</param>
/// <param name="Subject">The type token being registered, the function token, or the URN whose outputs or log it is.</param>
/// <param name="Name">The logical name being registered; empty for other calls.</param>
internal sealed record MockCall(string Operation, string Subject, string Name);
