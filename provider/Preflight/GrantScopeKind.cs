namespace TidbDms.Provider.Preflight;

/// <summary>What a privilege grant applies to.</summary>
internal enum GrantScopeKind
{
    /// <summary><c>*.*</c>: every schema.</summary>
    Global,

    /// <summary><c>`schema`.*</c>: one schema, or several when the name holds <c>%</c>/<c>_</c> wildcards.</summary>
    Schema,

    /// <summary><c>`schema`.`table`</c>: one table; DMS needs schema-level privileges, so these do not count.</summary>
    Table,

    /// <summary>Routines, columns, proxies: irrelevant to DMS.</summary>
    Other,
}
