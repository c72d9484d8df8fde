using System.Collections.Immutable;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// The aliases a child inherits from the component's aliases, computed as the engine's step
/// generator does for <c>inheritedChildAlias</c>: the child under each old identity of its parent,
/// with the parent's old name swapped into a <c>{name}-…</c> child name. Sent explicitly so a
/// renamed or re-parented component keeps its children on every engine version.
/// </summary>
internal static class ChildAliases
{
    public static ImmutableArray<ResourceAlias> Inherit(ComponentRequest component, string childType, string childName)
    {
        var currentParentUrn = ResourceUrn.Create(component.Stack, component.Project, component.Options.Parent, component.Type, component.Name);
        var current = ResourceUrn.Create(component.Stack, component.Project, currentParentUrn, childType, childName);
        return
        [
            .. component.Options.Aliases
                .Select(alias => OldComponentUrn(component, alias))
                .Select(oldParent =>
                {
                    var oldName = childName.StartsWith(component.Name, StringComparison.Ordinal)
                        ? ResourceUrn.Name(oldParent) + childName[component.Name.Length..]
                        : childName;
                    return ResourceUrn.Create(component.Stack, component.Project, oldParent, childType, oldName);
                })
                .Where(urn => !string.Equals(urn, current, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .Select(ResourceAlias.FromUrn),
        ];
    }

    /// <summary>
    /// The component's old URN under one alias. Only its type and name reach a child's alias: the
    /// engine builds that in the current stack and project even when the alias names others, so the
    /// alias's stack and project are not read here.
    /// </summary>
    private static string OldComponentUrn(ComponentRequest component, ResourceAlias alias)
    {
        if (alias.IsUrn)
        {
            return alias.Urn;
        }

        var parent = alias.NoParent ? "" : alias.ParentUrn.Length > 0 ? alias.ParentUrn : component.Options.Parent;
        return ResourceUrn.Create(
            component.Stack,
            component.Project,
            parent,
            alias.Type.Length > 0 ? alias.Type : component.Type,
            alias.Name.Length > 0 ? alias.Name : component.Name);
    }
}
