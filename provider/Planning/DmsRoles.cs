namespace TidbDms.Provider.Planning;

/// <summary>The role children later steps wait for; all null when the roles already exist in the account.</summary>
internal sealed record DmsRoles(string? VpcPolicyAttachment, string? LogsPolicyAttachment, string? ServiceLinkedRole)
{
    public static DmsRoles None { get; } = new(null, null, null);
}
