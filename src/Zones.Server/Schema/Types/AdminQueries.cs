using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Admin;

namespace Zones.Server.Schema.Types;

/// <summary>Query fields over townships and counties (who may read them), users and API keys (admins, in their scope).</summary>
public static class AdminQueries
{
    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("townships", "[Township!]!", async (_, args, ctx) => await ctx.Get<TownshipStore>().ListAsync(
                await ctx.ReadableAsync(), args.GetValueOrDefault("includeRetired") is true, null, ctx.CancellationToken))
            .Argument("includeRetired", "Boolean", false).Description("The townships you may read, by code.");
        t.Field("township", "Township", async (_, args, ctx) => await TownshipAsync(ctx, (string)args["code"]!))
            .Argument("code", "String!").Description("One township you may read (retired ones too), or null.");
        t.Field("counties", "[County!]!", async (_, _, ctx) => await ctx.Get<TownshipStore>().CountiesAsync(await ctx.ReadableAsync(), ctx.CancellationToken))
            .Description("The counties of the townships you may read.");
        t.Field("users", "[User!]!", async (_, args, ctx) => await ctx.Get<AccountStore>().UsersAsync(
                Admin(ctx, "用户", "users"), ctx.Text("townshipCode"), args.GetValueOrDefault("includeDisabled") is not false, ctx.CancellationToken))
            .Argument("townshipCode", "String").Argument("includeDisabled", "Boolean", true)
            .Description("Admins only: the users within your scope (of one township when given), by username.");
        t.Field("apiKeys", "[ApiKey!]!", async (_, args, ctx) => await ctx.Get<AccountStore>().ApiKeysAsync(
                Admin(ctx, "API key", "API keys"), ctx.Text("townshipCode"), args.GetValueOrDefault("includeRevoked") is true, ctx.CancellationToken))
            .Argument("townshipCode", "String").Argument("includeRevoked", "Boolean", false)
            .Description("Admins only: the API keys within your scope (of one township when given).");
    }

    static async Task<TownshipRow?> TownshipAsync(ResolveContext ctx, string code) =>
        await ctx.Zones().Access.CanReadAsync(code, ctx.CancellationToken)
            ? (await ctx.Get<TownshipStore>().ListAsync([code], true, null, ctx.CancellationToken)).FirstOrDefault()
            : null;

    /// <summary>The admin's scope; anyone else is refused with what to do.</summary>
    static ActorScope Admin(ResolveContext ctx, string whatZh, string whatEn) => ctx.Zones().Actor is { Role: Roles.Admin } admin
        ? admin.Within
        : throw new GraphQLError($"只有管理员可以查看{whatZh}列表：请用管理员账号登录。Only administrators may list {whatEn}: sign in as an admin.");
}
