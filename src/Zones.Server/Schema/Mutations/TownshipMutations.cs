using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Admin;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// Townships (admins): create (an installation admin, or the admin of the code's county), change and
/// retire (an admin whose scope covers it). The database decides the scope (<c>zones.may_manage</c>).
/// </summary>
static class TownshipMutations
{
    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "createTownship", "Registers a township by its 12-digit 统计用区划代码 (its county is the first 6 digits).",
            async (input, ctx) => await Write(ctx, "新建乡镇", "create townships", a => ctx.Get<TownshipStore>().CreateAsync(a,
                input.Text("code")!, input.Text("name")!, input.Bool("isPublic"), input.Text("countyName"), ctx.CancellationToken)));
        Field(t, "updateTownship", "Changes a township's name, visibility or county name; fields left out stay.",
            async (input, ctx) => await Write(ctx, "修改乡镇", "change townships", a => ctx.Get<TownshipStore>().UpdateAsync(a,
                input.Text("code")!, input.Text("name"), input.Value<bool>("isPublic"), input.Text("countyName"), ctx.CancellationToken)));
        Field(t, "retireTownship", "撤销: the township's rows stay readable; nothing of it can be changed any more.",
            async (input, ctx) => await Write(ctx, "撤销乡镇", "retire townships", a => ctx.Get<TownshipStore>().RetireAsync(a,
                input.Text("code")!, ctx.CancellationToken)));
    }

    static async Task<Dictionary<string, object?>> Write(Zones.GraphQL.Execution.ResolveContext ctx, string whatZh, string whatEn,
                                                        Func<Actor, Task<AdminPayload<TownshipRow>>> write)
    {
        if (Require(ctx, whatZh, whatEn, Roles.Admin) is { } forbidden)
            return Fail(forbidden);
        var payload = await write(ctx.Zones().Actor!);
        return Result(payload.Errors, ("township", payload.Value));
    }

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("CreateTownshipInput", t =>
        {
            t.Field("code", "String!", "12-digit 统计用区划代码, e.g. 330522101000.");
            t.Field("name", "String!");
            t.Field("isPublic", "Boolean", "Anonymous callers may read it.", defaultValue: false);
            t.Field("countyName", "String", "Names (or renames) the county, e.g. 长兴县.");
        }),
        new InputObjectType("UpdateTownshipInput", t =>
        {
            t.Field("code", "String!");
            t.Field("name", "String");
            t.Field("isPublic", "Boolean");
            t.Field("countyName", "String");
        }),
        new InputObjectType("RetireTownshipInput", t => t.Field("code", "String!")),
        Payload("createTownship", ("township", "Township")),
        Payload("updateTownship", ("township", "Township")),
        Payload("retireTownship", ("township", "Township")),
        ErrorTypes.Union("createTownship"),
        ErrorTypes.Union("updateTownship"),
        ErrorTypes.Union("retireTownship"),
    ];
}
