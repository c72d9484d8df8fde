namespace TidbDms.Provider.Planning;

/// <summary>What the account holds under one of the fixed DMS role names.</summary>
internal enum DmsRoleState
{
    /// <summary>Not looked up (offline preview): no rule about the role is checked.</summary>
    Unknown,
    Missing,

    /// <summary>The role exists and was not made by this component.</summary>
    Exists,

    /// <summary>The role exists and carries this component's owner tag (an earlier update made it).</summary>
    OwnedByThisComponent,
}
