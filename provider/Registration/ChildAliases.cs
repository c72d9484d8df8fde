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

    private static string OldComponentUrn(ComponentRequest component, ResourceAlias alias)
    {
        if (alias.IsUrn)
        {
            return alias.Urn;
        }

        var parent = alias.NoParent ? "" : alias.ParentUrn.Length > 0 ? alias.ParentUrn : component.Options.Parent;
        return ResourceUrn.Create(
            alias.Stack.Length > 0 ? alias.Stack : component.Stack,
            alias.Project.Length > 0 ? alias.Project : component.Project,
            parent,
            alias.Type.Length > 0 ? alias.Type : component.Type,
            alias.Name.Length > 0 ? alias.Name : component.Name);
    }
}
