namespace TidbDms.Provider.Planning;

/// <summary>
/// Every pulumi-aws 7.48.0 function token the component calls to learn the outside facts a plan
/// needs (<see cref="PlanContext"/>). The registration layer calls them; the offline engine answers them.
/// </summary>
internal static class AwsFunctions
{
    public const string GetAvailabilityZones = "aws:index/getAvailabilityZones:getAvailabilityZones";
    public const string GetRegion = "aws:index/getRegion:getRegion";
    public const string GetPartition = "aws:index/getPartition:getPartition";
    public const string GetCallerIdentity = "aws:index/getCallerIdentity:getCallerIdentity";
    public const string GetRole = "aws:iam/getRole:getRole";
    public const string GetSubnet = "aws:ec2/getSubnet:getSubnet";
    public const string GetVpc = "aws:ec2/getVpc:getVpc";
}
