using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>Reads <c>network.vpcId</c>, <c>network.subnetIds</c> and <c>network.routeTableIds</c>.</summary>
internal sealed partial class InputReader
{
    /// <returns>Null without <c>vpcId</c>; the rules then refuse subnet and route table IDs given alone.</returns>
    private ExistingVpcArgs? ReadExistingVpc(Scope network)
    {
        var vpcId = Optional(network, "vpcId", ToText);
        var subnetIds = Optional(network, "subnetIds", ToStringList);
        var routeTableIds = ReadIdList(network, "routeTableIds");
        return vpcId is null
            ? null
            : new ExistingVpcArgs(vpcId, subnetIds ?? Input<ImmutableArray<string>>.Unknown(), routeTableIds);
    }

    /// <summary>
    /// A list whose length is structural and whose elements are not: each element keeps its own
    /// unknown-ness, secret flag and dependencies. An unknown list as a whole cannot be planned.
    /// </summary>
    private ImmutableArray<Input<string>>? ReadIdList(Scope scope, string name)
    {
        var slot = Take(scope, name);
        switch (slot.State)
        {
            case SlotState.Absent or SlotState.Failed:
                return null;
            case SlotState.Unknown:
                Fail(
                    slot.Path,
                    slot.Value,
                    "is unknown during the preview, but its length decides how many routes the component creates",
                    $"Give {slot.Path} as a list; its elements may come from other resources' outputs");
                return null;
        }

        if (!slot.Value.TryGetArray(out var items))
        {
            TypeError<ImmutableArray<string>>(slot, "a list of strings");
            return null;
        }

        var ids = ImmutableArray.CreateBuilder<Input<string>>(items.Length);
        var ok = true;
        for (var i = 0; i < items.Length; i++)
        {
            // Marked here, so the item's own flag is the whole answer: the slot is secret when the list is
            // or holds a secret, and then every item is.
            var item = slot.IsSecret ? items[i].WithSecret() : items[i];
            var dependencies = slot.Dependencies.Union(item.AllDependencies);
            if (item.IsComputed)
            {
                ids.Add(Input<string>.Unknown(item.IsSecret, dependencies));
            }
            else if (item.TryGetString(out var text))
            {
                ids.Add(Input<string>.Known(text, item.IsSecret, dependencies));
            }
            else
            {
                var path = InputPath.Element(slot.Path, i);
                Fail(path, item, $"must be a string, got {item.Describe()}", $"Write {path} as a string");
                ok = false;
            }
        }

        if (!ok)
        {
            _failed.Add(slot.Path);
            return null;
        }

        return ids.DrainToImmutable();
    }
}
