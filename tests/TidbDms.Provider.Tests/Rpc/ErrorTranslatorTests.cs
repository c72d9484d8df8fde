using System.Collections.Immutable;
using System.Net;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Rpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Rpc;

[TestFixture]
internal sealed class ErrorTranslatorTests
{
    private const string Method = "/pulumirpc.ResourceProvider/Construct";

    private static readonly ImmutableArray<InputError> TwoErrors =
    [
        new("tier", "Basic", "must be 'Starter', 'Essential' or 'Dedicated'", "Set tier to one of those values"),
        new("cluster.port", "70000", "must be between 1 and 65535", "Set cluster.port to the cluster's SQL port (4000 by default)"),
    ];

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(
                new EnvironmentException("the IAM role dms-vpc-role does not exist in this account. Set dmsIamRoles: Create, or create it once per account"),
                StatusCode.FailedPrecondition,
                "the IAM role dms-vpc-role does not exist in this account. Set dmsIamRoles: Create, or create it once per account")
            .SetName("environment error: FAILED_PRECONDITION with its message");
        yield return new TestCaseData(
                new RegistrationException(RegistrationFailure.EngineStopping, "registering aws:ec2/vpc:Vpc 'm-vpc': Unavailable: the engine is shutting down"),
                StatusCode.Unavailable,
                "registering aws:ec2/vpc:Vpc 'm-vpc': Unavailable: the engine is shutting down")
            .SetName("engine stopping during Construct: UNAVAILABLE with the engine's words");
        yield return new TestCaseData(
                new RegistrationException(RegistrationFailure.Timeout, "registering aws:ec2/vpc:Vpc 'm-vpc': no answer within 30 s"),
                StatusCode.DeadlineExceeded,
                "registering aws:ec2/vpc:Vpc 'm-vpc': no answer within 30 s")
            .SetName("engine silent during Construct: DEADLINE_EXCEEDED");
        yield return new TestCaseData(
                new RegistrationException(RegistrationFailure.EngineError, "invoking aws:index/getRegion:getRegion: Internal: no credentials"),
                StatusCode.Unknown,
                "invoking aws:index/getRegion:getRegion: Internal: no credentials")
            .SetName("engine error during Construct: UNKNOWN with the engine's words");
        yield return new TestCaseData(new OperationCanceledException(), StatusCode.Cancelled, "the operation was cancelled")
            .SetName("cancellation: CANCELLED");
        yield return new TestCaseData(new TaskCanceledException(), StatusCode.Cancelled, "the operation was cancelled")
            .SetName("task cancellation: CANCELLED");
        yield return new TestCaseData(
                new WireFormatException("cluster.password", "unrecognized signature 'abc'"),
                StatusCode.InvalidArgument,
                "the engine sent a value this provider cannot read: cluster.password: unrecognized signature 'abc'")
            .SetName("malformed wire value: INVALID_ARGUMENT naming the path");
        yield return new TestCaseData(
                new InvalidOperationException("boom"),
                StatusCode.Internal,
                "internal error in the tidb-dms provider (InvalidOperationException); this is a bug: please report it with the plugin's log (pulumi --logflow --logtostderr -v=9)")
            .SetName("anything else: INTERNAL with a generic message");
    }

    [TestCaseSource(nameof(Cases))]
    public void TranslatesEachKindOfFailure(Exception exception, StatusCode code, string message)
    {
        var translated = new ErrorTranslator(new DiagnosticLog(new StringWriter())).Translate(exception, Method);

        Assert.Multiple(() =>
        {
            Assert.That(translated.StatusCode, Is.EqualTo(code));
            Assert.That(translated.Status.Detail, Is.EqualTo(message));
            Assert.That(translated.Trailers.Get(WireConstants.StatusDetailsTrailer), Is.Null);
        });
    }

    [Test]
    public void InternalErrorsAreLoggedWithTypeMessageAndStackAndNothingElseIs()
    {
        var log = new StringWriter();
        var translator = new ErrorTranslator(new DiagnosticLog(log));

        translator.Translate(new EnvironmentException("role missing"), Method);
        translator.Translate(new InputErrorsException(TwoErrors), Method);
        Exception bug;
        try
        {
            throw new InvalidOperationException("boom");
        }
        catch (InvalidOperationException ex)
        {
            bug = ex;
        }

        translator.Translate(bug, Method);

        var text = log.ToString();
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith($"[pulumi-resource-tidb-dms] internal error in {Method}: System.InvalidOperationException: boom\n"));
            Assert.That(text, Does.Contain($"at {typeof(ErrorTranslatorTests).FullName}.{nameof(InternalErrorsAreLoggedWithTypeMessageAndStackAndNothingElseIs)}"));
            Assert.That(text, Does.Not.Contain("role missing"));
            Assert.That(text, Does.Not.Contain("tier"));
        });
    }

    [Test]
    public void InputErrorsBecomeInvalidArgumentWithOnePropertyErrorEach()
    {
        var translated = new ErrorTranslator(new DiagnosticLog(new StringWriter())).Translate(new InputErrorsException(TwoErrors), Method);

        var status = StatusDetails.Read(translated);
        Assert.Multiple(() =>
        {
            Assert.That(translated.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(translated.Status.Detail, Is.EqualTo("2 inputs are invalid: tier, cluster.port"));
            Assert.That(status.Code, Is.EqualTo(3));
            Assert.That(status.Message, Is.EqualTo("2 inputs are invalid: tier, cluster.port"));
            Assert.That(StatusDetails.PropertyErrors(status), Is.EqualTo(new[]
            {
                ("tier", "must be 'Starter', 'Essential' or 'Dedicated'. Set tier to one of those values"),
                ("cluster.port", "must be between 1 and 65535. Set cluster.port to the cluster's SQL port (4000 by default)"),
            }));
        });
    }

    [Test]
    public void OneInputErrorReadsInTheSingular()
    {
        var translated = new ErrorTranslator(new DiagnosticLog(new StringWriter())).Translate(new InputErrorsException([TwoErrors[0]]), Method);

        Assert.That(translated.Status.Detail, Is.EqualTo("1 input is invalid: tier"));
    }

    /// <summary>
    /// The translator as an interceptor on a real server: what the client (the engine) receives,
    /// trailer included, over HTTP/2. The service throws whatever the request names.
    /// </summary>
    [TestCase("input", StatusCode.InvalidArgument, "2 inputs are invalid: tier, cluster.port")]
    [TestCase("environment", StatusCode.FailedPrecondition, "role missing")]
    [TestCase("cancel", StatusCode.Cancelled, "the operation was cancelled")]
    [TestCase("rpc", StatusCode.NotFound, "passed through")]
    [TestCase("bug", StatusCode.Internal, "internal error in the tidb-dms provider (InvalidOperationException); this is a bug: please report it with the plugin's log (pulumi --logflow --logtostderr -v=9)")]
    public async Task StatusesReachTheClientOverGrpc(string failure, StatusCode code, string message)
    {
        var log = new StringWriter();
        await using var app = await StartThrowingServer(log);
        using var channel = GrpcChannel.ForAddress(app.Urls.Single());
        var client = new Engine.EngineClient(channel);

        var ex = Assert.ThrowsAsync<RpcException>(async () => await client.LogAsync(new LogRequest { Message = failure }));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(code));
            Assert.That(ex.Status.Detail, Is.EqualTo(message));
            Assert.That(log.ToString(), failure == "bug" ? Does.Contain("System.InvalidOperationException: boom") : Is.Empty);
        });
        if (failure == "input")
        {
            Assert.That(
                StatusDetails.PropertyErrors(StatusDetails.Read(ex!)).Select(e => e.Path),
                Is.EqualTo(["tier", "cluster.port"]));
        }
    }

    private static async Task<WebApplication> StartThrowingServer(StringWriter log)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(new DiagnosticLog(log));
        builder.Services.AddSingleton<ErrorTranslator>();
        builder.Services.AddGrpc(o => o.Interceptors.Add<ErrorTranslator>());
        var app = builder.Build();
        app.MapGrpcService<ThrowingEngine>();
        await app.StartAsync();
        return app;
    }

    private sealed class ThrowingEngine : Engine.EngineBase
    {
        public override Task<Google.Protobuf.WellKnownTypes.Empty> Log(LogRequest request, ServerCallContext context) =>
            throw (request.Message switch
            {
                "input" => new InputErrorsException(TwoErrors),
                "environment" => new EnvironmentException("role missing"),
                "cancel" => new OperationCanceledException(),
                "rpc" => new RpcException(new Status(StatusCode.NotFound, "passed through")),
                _ => (Exception)new InvalidOperationException("boom"),
            });
    }
}
