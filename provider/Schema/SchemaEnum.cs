using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Schema;

/// <summary>One value of a schema enum: the SDK member name (the C# member), the wire value and its meaning.</summary>
internal sealed record SchemaEnumValue(string Name, string Value, string Description);

/// <summary>
/// A contract enum as the schema sees it: no longer generic, so the generator can list them all.
/// </summary>
internal sealed record SchemaEnum(string Name, string Description, ImmutableArray<SchemaEnumValue> Values)
{
    /// <summary>Every contract enum, keyed by its schema name (the <c>EnumName</c> of its inputs).</summary>
    public static readonly ImmutableSortedDictionary<string, SchemaEnum> All = new[]
    {
        From(ContractEnums.Tier),
        From(ContractEnums.Connectivity),
        From(ContractEnums.EndpointType),
        From(ContractEnums.SslMode),
        From(ContractEnums.PublicAccess),
        From(ContractEnums.NatGatewayStrategy),
        From(ContractEnums.ReplicationMode),
        From(ContractEnums.DmsIamRoles),
        From(ContractEnums.MigrationType),
        From(ContractEnums.TargetDbType),
        From(ContractEnums.TargetTablePrepMode),
        From(ContractEnums.LobMode),
    }.ToImmutableSortedDictionary(e => e.Name, e => e, StringComparer.Ordinal);

    public static SchemaEnum From<TEnum>(ContractEnum<TEnum> contractEnum)
        where TEnum : struct, Enum =>
        new(
            contractEnum.Name,
            contractEnum.Description,
            [.. contractEnum.Members.Select(m => new SchemaEnumValue(
                Enum.GetName(m.Value) ?? throw new InvalidOperationException($"{typeof(TEnum).Name} has no member named for {m.WireName}"),
                m.WireName,
                m.Description))]);
}
