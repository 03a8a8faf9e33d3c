using Zones.GraphQL.Types;

namespace Zones.Server.Schema.Mutations;

/// <summary>The mutation root's fields, one file per area in this folder.</summary>
public static class MutationFields
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("noop", "Boolean", _ => true).Description("Placeholder while the mutations are being wired.");
    }

    public static IEnumerable<NamedType> Types => [];
}
