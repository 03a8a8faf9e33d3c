using Zones.GraphQL.Types;

namespace Zones.Server.Schema.Mutations;

/// <summary>The mutation root's fields, one file per area in this folder.</summary>
public static class MutationFields
{
    public static void Define(ObjectTypeBuilder t)
    {
        ZoneMutations.Define(t);
        OwnershipMutations.Define(t);
        InventoryMutations.Define(t);
        ComplaintMutations.Define(t);
        FoldMutations.Define(t);
        TransferMutations.Define(t);
        RuleMutations.Define(t);
        DirectoryMutations.Define(t);
        TownshipMutations.Define(t);
        AccountMutations.Define(t);
        MapLayerMutations.Define(t);
        NotificationMutations.Define(t);
    }

    public static IEnumerable<NamedType> Types =>
    [
        ErrorTypes.UserError, .. ErrorTypes.Objects,
        .. ZoneMutations.Types, .. OwnershipMutations.Types, .. InventoryMutations.Types, .. ComplaintMutations.Types, .. FoldMutations.Types, .. TransferMutations.Types,
        .. RuleMutations.Types, .. DirectoryMutations.Types,
        .. TownshipMutations.Types, .. AccountMutations.Types, .. MapLayerMutations.Types, .. NotificationMutations.Types,
    ];
}
