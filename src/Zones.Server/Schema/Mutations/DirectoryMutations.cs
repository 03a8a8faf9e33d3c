using Zones.GraphQL.Types;
using Zones.Server.Data.Roster;
using Zones.Server.Data.Query;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>Units and people (花名册) of a township: create, change, retire (planner, admin; contract D).</summary>
static class DirectoryMutations
{
    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "createUnit", "Adds a unit (部门, 村委会, 企业, 物业 …) to a township.", async (input, ctx) =>
            Require(ctx, "新增单位", "create units", Editors) is { } no ? Fail(no)
                : await UnitAsync(ctx, await ctx.Get<DirectoryEditor>().CreateUnitAsync(ctx.Zones().Actor!, new UnitInput(input.Text("townshipCode")!,
                    input.Text("code")!, input.Text("name")!, input.Text("kind")!, input.Text("phone"), input.Id("parentId")), ctx.CancellationToken)));
        Field(t, "updateUnit", "Changes a unit: fields left out stay; phone sent as null is emptied.", async (input, ctx) =>
            Require(ctx, "修改单位", "change units", Editors) is { } no ? Fail(no)
                : await UnitAsync(ctx, await ctx.Get<DirectoryEditor>().UpdateUnitAsync(ctx.Zones().Actor!, Change(input), ctx.CancellationToken)));
        Field(t, "retireUnit", "Retires a unit (kept for history, hidden from lists); refused while it holds a 包联 that has not ended.", async (input, ctx) =>
            Require(ctx, "撤销单位", "retire units", Editors) is { } no ? Fail(no)
                : await UnitAsync(ctx, await ctx.Get<DirectoryEditor>().RetireUnitAsync(ctx.Zones().Actor!, input.RequiredId("id"), ctx.CancellationToken)));
        Field(t, "createPerson", "Adds a person (干部) to a township.", async (input, ctx) =>
            Require(ctx, "新增干部", "create people", Editors) is { } no ? Fail(no)
                : await PersonAsync(ctx, await ctx.Get<DirectoryEditor>().CreatePersonAsync(ctx.Zones().Actor!, new PersonInput(input.Text("townshipCode")!,
                    input.Text("code")!, input.Text("name")!, input.Text("title"), input.Text("phone"), input.Id("unitId")), ctx.CancellationToken)));
        Field(t, "updatePerson", "Changes a person: fields left out stay; title, phone or unitId sent as null are emptied.", async (input, ctx) =>
            Require(ctx, "修改干部", "change people", Editors) is { } no ? Fail(no)
                : await PersonAsync(ctx, await ctx.Get<DirectoryEditor>().UpdatePersonAsync(ctx.Zones().Actor!, Change(input), ctx.CancellationToken)));
        Field(t, "retirePerson", "Retires a person (kept for history, hidden from lists); refused while they hold a 包联 that has not ended: hand it over first.", async (input, ctx) =>
            Require(ctx, "撤销干部", "retire people", Editors) is { } no ? Fail(no)
                : await PersonAsync(ctx, await ctx.Get<DirectoryEditor>().RetirePersonAsync(ctx.Zones().Actor!, input.RequiredId("id"), ctx.CancellationToken)));
    }

    static DirectoryChange Change(IReadOnlyDictionary<string, object?> input) =>
        new(input.RequiredId("id"), input.Text("code"), input.Text("name"), input.Text("kind"), input.Text("title"), input.Text("phone"),
            input.Id("unitId"), input.Where(f => f.Value is null).Select(f => f.Key).ToHashSet());

    static async Task<Dictionary<string, object?>> UnitAsync(Zones.GraphQL.Execution.ResolveContext ctx, DirectoryPayload payload) =>
        Result(payload.Errors, ("unit", await RowAsync(ctx, Sources.UnitsWithRetired, payload.Id, u => u.Id)));

    static async Task<Dictionary<string, object?>> PersonAsync(Zones.GraphQL.Execution.ResolveContext ctx, DirectoryPayload payload) =>
        Result(payload.Errors, ("person", await RowAsync(ctx, Sources.PeopleWithRetired, payload.Id, p => p.Id)));

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("CreateUnitInput", t =>
        {
            t.Field("townshipCode", "String!");
            t.Field("code", "String!", "Unique in the township.");
            t.Field("name", "String!");
            t.Field("kind", "String!", "government, department, village_committee, company, property_management, other (or 政府, 部门, 村委会, 企业, 物业, 其他).");
            t.Field("phone", "String");
            t.Field("parentId", "ID", "A live unit of the same township.");
        }),
        new InputObjectType("UpdateUnitInput", t =>
        {
            t.Field("id", "ID!");
            t.Field("code", "String");
            t.Field("name", "String");
            t.Field("kind", "String");
            t.Field("phone", "String");
        }),
        new InputObjectType("RetireUnitInput", t => t.Field("id", "ID!")),
        new InputObjectType("CreatePersonInput", t =>
        {
            t.Field("townshipCode", "String!");
            t.Field("code", "String!", "Unique in the township (e.g. 工号).");
            t.Field("name", "String!");
            t.Field("title", "String", "职务, e.g. 副镇长.");
            t.Field("phone", "String");
            t.Field("unitId", "ID", "A live unit of the same township.");
        }),
        new InputObjectType("UpdatePersonInput", t =>
        {
            t.Field("id", "ID!");
            t.Field("code", "String");
            t.Field("name", "String");
            t.Field("title", "String");
            t.Field("phone", "String");
            t.Field("unitId", "ID");
        }),
        new InputObjectType("RetirePersonInput", t => t.Field("id", "ID!")),
        Payload("createUnit", ("unit", "Unit")), Payload("updateUnit", ("unit", "Unit")), Payload("retireUnit", ("unit", "Unit")),
        Payload("createPerson", ("person", "Person")), Payload("updatePerson", ("person", "Person")), Payload("retirePerson", ("person", "Person")),
        ErrorTypes.Union("createUnit"), ErrorTypes.Union("updateUnit"), ErrorTypes.Union("retireUnit"),
        ErrorTypes.Union("createPerson"), ErrorTypes.Union("updatePerson"), ErrorTypes.Union("retirePerson"),
    ];
}
