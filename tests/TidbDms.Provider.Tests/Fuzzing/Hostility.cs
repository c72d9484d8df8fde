namespace TidbDms.Provider.Tests.Fuzzing;

/// <summary>What a hostile MySQL-protocol server does with one connection (<see cref="HostileScripts"/>).</summary>
internal enum Hostility
{
    StallBeforeGreeting,
    Garbage,
    TruncatedGreeting,
    OversizedPacket,
    GreetingThenStall,
    GreetingThenGarbage,
    GreetingThenReset,
    TlsGarbage,
    ResetAtOnce,
}
