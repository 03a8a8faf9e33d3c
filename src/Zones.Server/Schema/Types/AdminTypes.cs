using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Admin;

namespace Zones.Server.Schema.Types;

/// <summary>Counties, townships, users and API keys: what the admin screens (管理) show.</summary>
public static class AdminTypes
{
    public static readonly EnumType UserRole = new("UserRole", e =>
    {
        e.Description("What a user may do; the scope (township, county, installation) says where.");
        e.Value("ADMIN", Roles.Admin, "管理员: manages townships, users and keys in the scope, and edits like a planner.");
        e.Value("PLANNER", Roles.Planner, "规划员: edits zones, 包联, assets and roads.");
        e.Value("CADRE", Roles.Cadre, "干部: handles the cases of the person or unit they act for.");
        e.Value("VIEWER", Roles.Viewer, "查看: reads everything in the scope.");
    });

    public static readonly EnumType ApiKeyRole = new("ApiKeyRole", e =>
    {
        e.Value("HOTLINE", Roles.Hotline, "热线 (12345): may report complaints.");
        e.Value("VIEWER", Roles.Viewer, "Reads, like a viewer user.");
    });

    public static readonly ObjectType County = new("County", t =>
    {
        t.Description("县: the level above townships; a county admin manages all of its townships.");
        t.Field("code", "String!").Description("6-digit county code (the first 6 digits of its townships' codes).");
        t.Field("name", "String!").Description("The county's name; its code until someone gives one.");
        t.Field("townships", "[Township!]!", async (c, args, ctx) => await ctx.Get<TownshipStore>().ListAsync(
                await ctx.ReadableAsync(), args.GetValueOrDefault("includeRetired") is true, ((CountyRow)c!).Code, ctx.CancellationToken))
            .Argument("includeRetired", "Boolean", false).Description("The county's townships you may read, by code.");
    });

    public static readonly ObjectType Township = new("Township", t =>
    {
        t.Description("乡镇: the tenant every row belongs to.");
        t.Field("code", "String!").Description("12-digit 统计用区划代码.");
        t.Field("name", "String!");
        t.Field("countyCode", "String!").Description("The first 6 digits of code.");
        t.Field("countyName", "String").Description("Null until someone gives the county a name.");
        t.Field("isPublic", "Boolean!").Description("Anonymous callers may read it.");
        t.Field("retiredAt", "DateTime").Description("撤销: since then its rows can be read but not changed.");
        t.Field("createdAt", "DateTime!");
        TownshipRuleFields.Define(t, p => ((TownshipRow)p!).Code);
    });

    public static readonly ObjectType User = new("User", t =>
    {
        t.Description("A sign-in (never its password). Both townshipCode and countyCode null: installation-wide.");
        t.Field("id", "ID!");
        t.Field("username", "String!");
        t.Field("displayName", "String!");
        t.Field("role", "UserRole!");
        t.Field("townshipCode", "String");
        t.Field("countyCode", "String");
        t.Field("person", "Person", async (u, _, ctx) => ((UserRow)u!).PersonId is { } p ? await Loaders.People(ctx).LoadAsync(p) : null)
            .Description("The 干部 a cadre acts for.");
        t.Field("unit", "Unit", async (u, _, ctx) => ((UserRow)u!).UnitId is { } n ? await Loaders.Units(ctx).LoadAsync(n) : null);
        t.Field("createdAt", "DateTime!");
        t.Field("disabledAt", "DateTime").Description("Disabled users cannot sign in; their sessions ended then.");
        t.Field("mustChangePassword", "Boolean!").Description("Set by an admin's reset (and at creation): the user writes nothing until they choose a password.");
        t.Field("lastSignInAt", "DateTime");
    });

    public static readonly ObjectType ApiKey = new("ApiKey", t =>
    {
        t.Description("A key for a system (12345 hotline): its secret is shown once, at creation; only a salted hash is kept.");
        t.Field("id", "ID!");
        t.Field("name", "String!");
        t.Field("role", "ApiKeyRole!");
        t.Field("townshipCode", "String");
        t.Field("countyCode", "String");
        t.Field("prefix", "String!").Description("The key's first 8 characters, to tell keys apart.");
        t.Field("createdAt", "DateTime!");
        t.Field("lastUsedAt", "DateTime").Description("To the minute.");
        t.Field("revokedAt", "DateTime");
    });

    public static IEnumerable<NamedType> All => [UserRole, ApiKeyRole, County, Township, User, ApiKey];
}
