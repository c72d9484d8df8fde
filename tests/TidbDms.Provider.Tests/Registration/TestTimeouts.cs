using TidbDms.Provider.Registration;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>The per-call timeouts the registration tests give the provider.</summary>
internal static class TestTimeouts
{
    /// <summary>For a test that waits for a timeout to expire: 400 ms, so it ends quickly.</summary>
    public static readonly RegistrationTimeouts Short = new(TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(400));

    /// <summary>
    /// For a test no timeout may end: a loaded machine (a mutation run, a busy CI host) can take more
    /// than 400 ms to answer an ordinary call, and the test would then see a timeout instead of its fault.
    /// </summary>
    public static readonly RegistrationTimeouts Generous = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

    /// <summary>Short only when the fault is a stall, the one fault a timeout must end.</summary>
    public static RegistrationTimeouts For(MockFault fault) => fault is MockFault.Stall ? Short : Generous;
}
