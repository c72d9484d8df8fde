using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Tests.Registration;

[Parallelizable(ParallelScope.All)]
internal sealed class RegistrationExceptionTests
{
    [Test]
    public void WithoutAMessageItIsAnEngineErrorSayingTheEngineCallFailed()
    {
        var ex = new RegistrationException();

        Assert.Multiple(() =>
        {
            Assert.That(ex.Failure, Is.EqualTo(RegistrationFailure.EngineError));
            Assert.That(ex.Message, Is.EqualTo("the engine call failed"));
            Assert.That(ex.InnerException, Is.Null);
        });
    }
}
