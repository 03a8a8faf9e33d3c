using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Admin;
using static Zones.Server.Schema.Mutations.MutationKit;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// Users and API keys (admins, within their scope; nobody grants a scope wider than their own):
/// create, change, disable and enable users, reset a password; create and revoke keys.
/// </summary>
static class AccountMutations
{
    public static void Define(ObjectTypeBuilder t)
    {
        Field(t, "createUser", "Creates a user in your scope; they must choose their own password at the first sign-in.",
            (input, ctx) => UserAsync(ctx, a => Accounts(ctx).CreateUserAsync(a, new NewUser(input.Text("username")!, input.Text("displayName")!,
                input.Text("role")!, new ActorScope(input.Text("townshipCode"), input.Text("countyCode")), input.Id("personId"), input.Id("unitId"),
                input.Text("password")!), ctx.CancellationToken)));
        Field(t, "updateUser", "Changes a user's display name, role, person or unit; fields left out stay.",
            (input, ctx) => UserAsync(ctx, a => Accounts(ctx).UpdateUserAsync(a, input.RequiredId("id"), new UserChange(input.Text("displayName"),
                input.Text("role"), input.ContainsKey("personId"), input.Id("personId"), input.ContainsKey("unitId"), input.Id("unitId")), ctx.CancellationToken)));
        Field(t, "disableUser", "Disables a user: they cannot sign in, and their sessions end.",
            (input, ctx) => UserAsync(ctx, a => Accounts(ctx).DisableUserAsync(a, input.RequiredId("id"), ctx.CancellationToken)));
        Field(t, "enableUser", "Lets a disabled user sign in again.",
            (input, ctx) => UserAsync(ctx, a => Accounts(ctx).EnableUserAsync(a, input.RequiredId("id"), ctx.CancellationToken)));
        Field(t, "resetPassword", "Sets a password the user must change at the next sign-in; their sessions end.",
            (input, ctx) => UserAsync(ctx, a => Accounts(ctx).ResetPasswordAsync(a, input.RequiredId("id"), input.Text("password")!, ctx.CancellationToken)));
        Field(t, "createApiKey", "Creates an API key; key is its secret, shown this once.",
            (input, ctx) => KeyAsync(ctx, a => Accounts(ctx).CreateApiKeyAsync(a, input.Text("name")!, input.Text("role") ?? Roles.Hotline,
                new ActorScope(input.Text("townshipCode"), input.Text("countyCode")), ctx.CancellationToken)));
        Field(t, "revokeApiKey", "Revokes an API key: refused from its next call on.",
            (input, ctx) => KeyAsync(ctx, a => Accounts(ctx).RevokeApiKeyAsync(a, input.RequiredId("id"), ctx.CancellationToken)));
    }

    static AccountStore Accounts(ResolveContext ctx) => ctx.Get<AccountStore>();

    static async Task<Dictionary<string, object?>> UserAsync(ResolveContext ctx, Func<Actor, Task<AdminPayload<UserRow>>> write)
    {
        if (Require(ctx, "管理用户", "manage users", Roles.Admin) is { } forbidden)
            return Fail(forbidden);
        var payload = await write(ctx.Zones().Actor!);
        return Result(payload.Errors, ("user", payload.Value));
    }

    static async Task<Dictionary<string, object?>> KeyAsync(ResolveContext ctx, Func<Actor, Task<AdminPayload<ApiKeyRow>>> write)
    {
        if (Require(ctx, "管理 API key", "manage API keys", Roles.Admin) is { } forbidden)
            return Fail(forbidden);
        var payload = await write(ctx.Zones().Actor!);
        return Result(payload.Errors, ("apiKey", payload.Value), ("key", payload.Secret));
    }

    public static IEnumerable<NamedType> Types =>
    [
        new InputObjectType("CreateUserInput", t =>
        {
            t.Field("username", "String!", "2-64 letters, digits or _ . @ -; unique across the installation.");
            t.Field("displayName", "String!");
            t.Field("role", "UserRole!");
            t.Field("townshipCode", "String", "The user's township; with countyCode null and this null: installation-wide.");
            t.Field("countyCode", "String", "A county-wide user (not with townshipCode).");
            t.Field("personId", "ID", "The 干部 a cadre acts for.");
            t.Field("unitId", "ID", "The unit a cadre acts for.");
            t.Field("password", "String!", "At least 12 characters; the user must change it at the first sign-in.");
        }),
        new InputObjectType("UpdateUserInput", t =>
        {
            t.Field("id", "ID!");
            t.Field("displayName", "String");
            t.Field("role", "UserRole");
            t.Field("personId", "ID", "Given (null too) sets it; left out keeps it.");
            t.Field("unitId", "ID", "Given (null too) sets it; left out keeps it.");
        }),
        new InputObjectType("DisableUserInput", t => t.Field("id", "ID!")),
        new InputObjectType("EnableUserInput", t => t.Field("id", "ID!")),
        new InputObjectType("ResetPasswordInput", t =>
        {
            t.Field("id", "ID!");
            t.Field("password", "String!", "At least 12 characters; the user must change it at the next sign-in.");
        }),
        new InputObjectType("CreateApiKeyInput", t =>
        {
            t.Field("name", "String!", "Who calls with it, e.g. 12345热线.");
            t.Field("role", "ApiKeyRole", defaultValue: Roles.Hotline);
            t.Field("townshipCode", "String", "Default: your own scope.");
            t.Field("countyCode", "String");
        }),
        new InputObjectType("RevokeApiKeyInput", t => t.Field("id", "ID!")),
        .. new[] { "createUser", "updateUser", "disableUser", "enableUser", "resetPassword" }
            .SelectMany(op => new NamedType[] { Payload(op, ("user", "User")), ErrorTypes.Union(op) }),
        Payload("createApiKey", ("apiKey", "ApiKey"), ("key", "String")),
        Payload("revokeApiKey", ("apiKey", "ApiKey")),
        ErrorTypes.Union("createApiKey"),
        ErrorTypes.Union("revokeApiKey"),
    ];
}
