using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class PreflightTargetTests
{
    private const string Password = "S3cret-Pass-42";

    private static readonly PreflightTarget Starter = new(
        "gateway01.us-west-2.prod.aws.tidbcloud.com", 4000, "3pTAoNNegb47Uc8.dms", Password,
        Tier.Starter, EndpointType.Target, SslMode.VerifyFull, null, ["app"], PreflightTarget.DefaultTimeout);

    [Test]
    public void ToStringNamesTheEndpointAndNeverThePassword()
    {
        Assert.That(Starter.ToString(), Is.EqualTo("3pTAoNNegb47Uc8.dms@gateway01.us-west-2.prod.aws.tidbcloud.com:4000 (Starter, target, verify-full)"));
        Assert.That(Starter.ToString(), Does.Not.Contain(Password));
    }

    [Test]
    public void StarterAndEssentialTrustISRGRootX1UnlessGivenACA()
    {
        Assert.That(Starter.TrustedCaPem, Is.EqualTo(IsrgRootX1.Pem));
        Assert.That(Starter.TrustedCaDescription, Is.EqualTo("ISRG Root X1 (built in)"));
        Assert.That((Starter with { Tier = Tier.Essential }).TrustedCaPem, Is.EqualTo(IsrgRootX1.Pem));
        Assert.That((Starter with { CaCertificatePem = "pem" }).TrustedCaPem, Is.EqualTo("pem"));
        Assert.That((Starter with { CaCertificatePem = "pem" }).TrustedCaDescription, Is.EqualTo("the given CA"));
        Assert.That((Starter with { Tier = Tier.Dedicated }).TrustedCaPem, Is.Null);
    }

    [Test]
    public void AUsableTargetHasNoProblems() => Assert.That(Starter.Problems(), Is.Empty);

    [Test]
    public void EveryProblemIsReportedAtOnce()
    {
        var target = Starter with
        {
            Host = " ",
            Port = 70000,
            User = "",
            Password = "",
            Tier = Tier.Dedicated,
            Schemas = ["", "%"],
            Timeout = TimeSpan.Zero,
        };

        Assert.That(target.Problems(), Is.EqualTo([
            "the host is empty: give the cluster's host name from the TiDB Cloud console's Connect dialog",
            "the port 70000 is not between 1 and 65535 (TiDB Cloud listens on 4000 unless a Dedicated cluster was given another port)",
            "the user name is empty: give the SQL user DMS will sign in as",
            "the password is empty: DMS endpoints need the user's password",
            "ssl mode 'verify-full' needs a CA certificate, and Dedicated clusters have their own CA: download it from the cluster's Connect dialog (\"CA cert\") and pass it",
            "a schema name is empty",
            "the schema '%' is a wildcard: name each schema DMS migrates, since '%' would also select TiDB's system databases",
            "the timeout must be positive",]));
    }

    [Test]
    public void ACATextWithoutACertificateIsAProblem() =>
        Assert.That((Starter with { CaCertificatePem = "not a pem" }).Problems(), Is.EqualTo([
            "the CA certificate holds no PEM certificate (expected one or more '-----BEGIN CERTIFICATE-----' blocks)",]));

    [Test]
    public void DedicatedWithoutTLSNeedsNoCA() =>
        Assert.That((Starter with { Tier = Tier.Dedicated, SslMode = SslMode.None }).Problems(), Is.Empty);

    [Test]
    public void FromComponentArgsWithEveryConnectionInputKnown()
    {
        var args = Args(Input<string>.Known(Password, isSecret: true), Input<ImmutableArray<string>>.Known(["app", "crm"]));

        Assert.That(PreflightTarget.TryFromArgs(args, out var target, out var notKnown), Is.True);
        Assert.That(notKnown, Is.Null);
        Assert.That(target!.ToString(), Is.EqualTo("3pTAoNNegb47Uc8.dms@gateway01.us-west-2.prod.aws.tidbcloud.com:4000 (Starter, source, verify-full)"));
        Assert.That(target.Password, Is.EqualTo(Password));
        Assert.That(target.Schemas, Is.EqualTo(["app", "crm"]));
        Assert.That(target.CaCertificatePem, Is.Null);
        Assert.That(target.Timeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void FromComponentArgsWithASecretsManagerSecretExplainsThatThePasswordComesFromTheEnvironment()
    {
        var args = WithSecretArn(Args(Input<string>.Known(Password, isSecret: true), Input<ImmutableArray<string>>.Known(["app"])));

        Assert.That(PreflightTarget.TryFromArgs(args, out var target, out var notKnown), Is.False);
        Assert.That(target, Is.Null);
        Assert.That(
            notKnown,
            Is.EqualTo("the cluster's credentials are in the AWS Secrets Manager secret cluster.secretsManagerSecretArn, which only DMS reads (through its access role), "
                + "so the preflight has no password: run 'pulumi-resource-tidb-dms preflight --host … --user … --password-env NAME' with the password from the secret in the environment variable NAME"));
    }

    [Test]
    public void FromComponentArgsWithUnknownInputsNamesThem()
    {
        var args = Args(Input<string>.Unknown(isSecret: true), Input<ImmutableArray<string>>.Unknown());

        Assert.That(PreflightTarget.TryFromArgs(args, out var target, out var notKnown), Is.False);
        Assert.That(target, Is.Null);
        Assert.That(notKnown, Is.EqualTo("cluster.password, task.schemas are not known until other resources exist, so the cluster cannot be checked yet"));
    }

    [Test]
    public void AnIPv6HostIsBracketedInTheEndpoint() =>
        Assert.That((Starter with { Host = "2001:db8::1" }).Endpoint, Is.EqualTo("[2001:db8::1]:4000"));

    [TestCase(1)]
    [TestCase(65535)]
    public void ThePortsAtEitherEndOfTheRangeAreUsable(int port) =>
        Assert.That((Starter with { Port = port }).Problems(), Is.Empty);

    [TestCase(0)]
    [TestCase(65536)]
    public void ThePortsJustOutsideTheRangeAreProblems(int port) =>
        Assert.That((Starter with { Port = port }).Problems(), Is.EqualTo([
            $"the port {port} is not between 1 and 65535 (TiDB Cloud listens on 4000 unless a Dedicated cluster was given another port)",]));

    [Test]
    public void ACATextWithACorruptCertificateBlockIsAProblemNotACrash() =>
        Assert.That((Starter with { CaCertificatePem = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" }).Problems(), Is.EqualTo([
            "the CA certificate holds no PEM certificate (expected one or more '-----BEGIN CERTIFICATE-----' blocks)",]));

    [TestCase("cluster.host")]
    [TestCase("cluster.port")]
    [TestCase("cluster.username")]
    [TestCase("cluster.password")]
    [TestCase("cluster.sslMode")]
    [TestCase("cluster.caCertificatePem")]
    [TestCase("task.schemas")]
    public void FromComponentArgsWithOneUnknownInputNamesItAlone(string unknown)
    {
        var args = Args(Input<string>.Known(Password, isSecret: true), Input<ImmutableArray<string>>.Known(["app"]));
        var cluster = args.Cluster with { CaCertificatePem = Input<string>.Known("pem") };
        args = unknown switch
        {
            "cluster.host" => args with { Cluster = cluster with { Host = Input<string>.Unknown() } },
            "cluster.port" => args with { Cluster = cluster with { Port = Input<int>.Unknown() } },
            "cluster.username" => args with { Cluster = cluster with { Username = Input<string>.Unknown() } },
            "cluster.password" => args with { Cluster = cluster with { Password = Input<string>.Unknown(isSecret: true) } },
            "cluster.sslMode" => args with { Cluster = cluster with { SslMode = Input<SslMode>.Unknown() } },
            "cluster.caCertificatePem" => args with { Cluster = cluster with { CaCertificatePem = Input<string>.Unknown() } },
            _ => args with { Cluster = cluster, Task = args.Task! with { Schemas = Input<ImmutableArray<string>>.Unknown() } },
        };

        Assert.That(PreflightTarget.TryFromArgs(args, out var target, out var notKnown), Is.False);
        Assert.That(target, Is.Null);
        Assert.That(notKnown, Is.EqualTo($"{unknown} is not known until other resources exist, so the cluster cannot be checked yet"));
    }

    [Test]
    public void FromComponentArgsWithAKnownCACarriesIt()
    {
        var args = Args(Input<string>.Known(Password, isSecret: true), Input<ImmutableArray<string>>.Known(["app"]));
        args = args with { Cluster = args.Cluster with { CaCertificatePem = Input<string>.Known("pem") } };

        Assert.That(PreflightTarget.TryFromArgs(args, out var target, out _), Is.True);
        Assert.That(target!.CaCertificatePem, Is.EqualTo("pem"));
    }

    [Test]
    public void FromComponentArgsWithASecretsManagerSecretAndNoUserNameSaysBothAreMissing()
    {
        var args = WithSecretArn(Args(Input<string>.Known(Password, isSecret: true), Input<ImmutableArray<string>>.Known(["app"])));
        args = args with { Cluster = args.Cluster with { Username = null } };

        Assert.That(PreflightTarget.TryFromArgs(args, out var target, out var notKnown), Is.False);
        Assert.That(target, Is.Null);
        Assert.That(
            notKnown,
            Is.EqualTo("the cluster's credentials are in the AWS Secrets Manager secret cluster.secretsManagerSecretArn, which only DMS reads (through its access role), "
                + "so the preflight has no password and no user name (cluster.username is not given): "
                + "run 'pulumi-resource-tidb-dms preflight --host … --user … --password-env NAME' with the password from the secret in the environment variable NAME"));
    }

    /// <summary>The credentials from a Secrets Manager secret instead of a password.</summary>
    private static TidbDmsMigrationArgs WithSecretArn(TidbDmsMigrationArgs args) => args with
    {
        Cluster = args.Cluster with
        {
            Password = null,
            SecretsManagerSecretArn = Input<string>.Known("arn:aws:secretsmanager:us-west-2:123456789012:secret:tidb/dms-AbCdEf"),
        },
    };

    private static TidbDmsMigrationArgs Args(Input<string> password, Input<ImmutableArray<string>> schemas) => new(
        Tier.Starter,
        Connectivity.PublicEndpoint,
        EndpointType.Source,
        new ClusterArgs(
            Input<string>.Known("gateway01.us-west-2.prod.aws.tidbcloud.com"),
            Input<int>.Known(4000),
            Input<string>.Known("3pTAoNNegb47Uc8.dms"),
            password,
            null,
            Input<SslMode>.Known(SslMode.VerifyFull),
            null),
        new NetworkArgs(Input<string>.Known("10.0.0.0/16"), 2, [], PublicAccess.NatGateway, NatGatewayStrategy.Single),
        null,
        null,
        new ReplicationArgs(ReplicationMode.Instance, Input<string>.Known("dms.t3.large"), Input<int>.Known(50), Input<bool>.Known(false), null, null, Input<int>.Known(1), Input<int>.Known(4)),
        DmsIamRoles.Existing,
        new TaskArgs(Input<string>.Known("arn:aws:dms:us-west-2:123456789012:endpoint:ABC"), Input<MigrationType>.Known(MigrationType.FullLoad), schemas, null, Input<bool>.Known(false)),
        null);
}
