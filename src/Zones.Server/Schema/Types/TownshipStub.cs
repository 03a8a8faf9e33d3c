using Npgsql;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Editing;

namespace Zones.Server.Schema.Types;

/// <summary>A township as the minimal <c>Township</c> type reads it.</summary>
public sealed record TownshipStubRow(string Code, string Name, string CountyCode, bool IsPublic);

/// <summary>
/// A minimal <c>Township { code name countyCode isPublic }</c> and <c>Query.township(code)</c> so the
/// rules' fields (<see cref="TownshipRuleFields"/>) can be asked and tested on this branch. The admin
/// work of issue #11 §1 brings the full Township type; at the merge this file goes, and that type
/// calls <c>TownshipRuleFields.Define</c>.
/// </summary>
public static class TownshipStub
{
    const string ByCodeSql = "SELECT division_code, name, county_code, is_public FROM zones.township WHERE division_code = $1";

    public static readonly ObjectType Township = new("Township", t =>
    {
        t.Description("乡镇: the tenant every row belongs to.");
        t.Field("code", "String!").Description("12-digit 统计用区划代码.");
        t.Field("name", "String!");
        t.Field("countyCode", "String!");
        t.Field("isPublic", "Boolean!");
        TownshipRuleFields.Define(t, p => ((TownshipStubRow)p!).Code);
    });

    public static void Define(ObjectTypeBuilder t) =>
        t.Field("township", "Township", async (_, _, ctx) =>
            {
                var code = ctx.Text("code")!;
                if (!(await ctx.ReadableAsync()).Contains(code))
                    return null;
                await using var conn = await ctx.Get<NpgsqlDataSource>().OpenConnectionAsync(ctx.CancellationToken);
                var rows = await conn.QueryAsync(null, ByCodeSql, [Sql.P(code)], r => new TownshipStubRow(r.GetString(0), r.GetString(1), r.GetString(2), r.GetBoolean(3)), ctx.CancellationToken);
                return rows.FirstOrDefault();
            })
            .Argument("code", "String!").Description("A township you may read, by its division code; null otherwise.");
}
