using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>
/// The contract's rules (the public contract's rules, as the README states them) over args the reader produced, one small method per
/// rule. A rule never fails because a value is unknown (previews), and each mistake is reported once:
/// no rule acts on the stand-in for a value the reader refused. That stand-in is unknown (a refused
/// object: present, its fields unknown), or a plain input's default (an enum or count that decides
/// which resources exist), or for route table IDs absent; and a refused value still counts as given
/// (<see cref="InputReaderResult.IsGiven"/>). A rule checks <see cref="Usable"/> for each path whose
/// stand-in could set it off; a rule that only looks at known values needs no check for an unknown
/// one. Rules that need AWS facts (region, zones, roles) live in <c>Planning.ContextValidator</c>.
/// </summary>
internal sealed partial class InputValidator
{
    private const string ExampleRegion = "us-west-2";
    private const string ExampleAccount = "123456789012";

    /// <summary>
    /// Where a VPC may go when the TiDB project CIDR overlaps the one given; the first that fits is
    /// suggested. Two are enough: one block that overlaps both 10.0.0.0/16 and 172.31.0.0/16 is
    /// 0.0.0.0/0, which overlaps any third one too.
    /// </summary>
    private static readonly ImmutableArray<string> VpcCidrSuggestions = [Defaults.VpcCidr, "172.31.0.0/16"];

    /// <summary>
    /// DMS table-mapping wildcards that could match more than the schema named (<c>%</c>, <c>[…]</c>),
    /// and the glob characters users reach for. An underscore is a one-character wildcard too, but
    /// schema names are full of them: the planner escapes it (<c>[_]</c>) instead.
    /// </summary>
    private static readonly SearchValues<char> WildcardCharacters = SearchValues.Create("%*?[]");

    private readonly InputReaderResult _read;
    private readonly TidbDmsMigrationArgs _args;
    private readonly List<InputError> _errors = [];
    private readonly List<InputWarning> _warnings = [];

    private InputValidator(InputReaderResult read)
    {
        _read = read;
        _args = read.Args;
    }

    private string TierName => ContractEnums.Tier.ToWire(_args.Tier);

    private string ConnectivityName => ContractEnums.Connectivity.ToWire(_args.Connectivity);

    private string ModeName => ContractEnums.ReplicationMode.ToWire(_args.Replication.Mode);

    private bool IsServerlessTier => _args.Tier is Tier.Starter or Tier.Essential;

    public static (ImmutableArray<InputError> Errors, ImmutableArray<InputWarning> Warnings) Validate(InputReaderResult read)
    {
        var validator = new InputValidator(read);
        validator.Run();
        return ([.. validator._errors], [.. validator._warnings]);
    }

    [GeneratedRegex(@"^com\.amazonaws\.vpce\.[a-z0-9-]+\.vpce-svc-[0-9a-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceName();

    [GeneratedRegex(@"^pcx-[0-9a-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PeeringConnectionId();

    [GeneratedRegex(@"^dms\.[a-z0-9]+\.(micro|small|medium|large|[0-9]*xlarge)$", RegexOptions.CultureInvariant)]
    private static partial Regex InstanceClass();

    [GeneratedRegex(@"^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_+=.@-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex KmsKeyArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:dms:[a-z0-9-]+:[0-9]{12}:endpoint:[A-Za-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DmsEndpointArn();

    private void Run()
    {
        VpcPeeringNeedsDedicated();
        AlibabaCloudHostIsRefused();
        HostIsAHostName();
        PortIsInRange();
        StarterUsernameHasPrefix();
        VerifyingSslModeNeedsCa();
        PublicEndpointNeedsTls();
        VpcCidrIsUsable();
        AvailabilityZoneCountIsInRange();
        AvailabilityZonesAreDistinct();
        AvailabilityZonesFixTheCount();
        PublicAccessNeedsPublicEndpoint();
        NatGatewaysNeedPublicEndpoint();
        NatGatewaysNeedNatAccess();
        ServerlessHasNoPublicAccess();
        PrivateEndpointIsGivenWithPrivateEndpoint();
        PrivateEndpointOnlyWithPrivateEndpoint();
        ServiceNameIsWellFormed();
        VpcPeeringIsGivenWithVpcPeering();
        VpcPeeringOnlyWithVpcPeering();
        PeeringConnectionIdIsWellFormed();
        TidbCidrIsUsable();
        InstanceClassIsWellFormed();
        AllocatedStorageIsInRange();
        InstanceSettingsNeedInstanceMode();
        ServerlessSettingsNeedServerlessMode();
        CapacityUnitsAreAllowed();
        CapacityUnitsAreOrdered();
        KmsKeyArnIsWellFormed();
        ServerlessNeedsTask();
        OtherEndpointArnIsWellFormed();
        SourceIsFullLoadOnly();
        TaskSelectsTables();
        SchemasAreMigratable();
        TableMappingsHaveRules();
        TagsAreAccepted();
        TagTextIsAccepted();
        UpkeepRules();
        EndpointSettingsRules();
        TaskSettingsRules();
        CredentialsRules();
        NotificationRules();
        ExistingVpcRules();
    }

    /// <summary>True when none of <paramref name="paths"/> (nor their containers) was refused by the reader.</summary>
    private bool Usable(params string[] paths) => !paths.Any(_read.HasFailed);

    /// <summary>Given, and not unknown as a whole: an unknown object may turn out to be null.</summary>
    private bool IsGivenAndKnown(string path) => _read.Given.TryGetValue(path, out var value) && !value.IsComputed;

    private void Error(string path, string problem, string fix) => Error(path, _read.Render(path), problem, fix);

    private void Error(string path, string? value, string problem, string fix) =>
        _errors.Add(new InputError(path, value, problem, fix));
}
