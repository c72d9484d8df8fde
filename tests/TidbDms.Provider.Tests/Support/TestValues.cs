namespace TidbDms.Provider.Tests.Support;

/// <summary>
/// The one set of example values the tests build inputs and args from: <see cref="Inputs"/> (raw
/// inputs, as a program sends them) and <c>Planning.TestArgs</c> (args built directly) both use
/// these, so a value means the same wherever a test meets it. The golden plans pin them.
/// </summary>
internal static class TestValues
{
    public const string Region = "us-west-2";

    /// <summary>Distinctive, so a test can prove it never leaks into a message, a log or a registration.</summary>
    public const string Password = "pa55-w0rd-never-shown";

    public const string StarterHost = "gateway01.us-west-2.prod.aws.tidbcloud.com";
    public const string StarterPrivateLinkHost = "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com";

    /// <summary>A Starter or Essential user name: the cluster's prefix, a dot, the user.</summary>
    public const string StarterUsername = "3pTAoNNegb47Uc8.dms";

    public const string DedicatedHost = "tidb.c1a2b3.clusters.tidb-cloud.com";
    public const string DedicatedPrivateLinkHost = "privatelink-19.c1a2b3.clusters.tidb-cloud.com";
    public const string DedicatedPeeringHost = "private-tidb.c1a2b3.clusters.tidb-cloud.com";
    public const string DedicatedUsername = "dms";

    /// <summary>A Dedicated cluster's CA (its shape only: nothing parses it before DMS does).</summary>
    public const string CaPem = "-----BEGIN CERTIFICATE-----\nMIIBdedicatedclusterca\n-----END CERTIFICATE-----\n";

    public const string ServiceName = "com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0";
    public const string PeeringConnectionId = "pcx-0123456789abcdef0";
    public const string TidbCidr = "10.250.0.0/16";
    public const string OtherEndpointArn = "arn:aws:dms:us-west-2:123456789012:endpoint:OTHERENDPOINT";
}
