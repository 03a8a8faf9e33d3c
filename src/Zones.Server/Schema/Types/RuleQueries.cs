using Zones.GraphQL;
using Zones.GraphQL.Types;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Rules;

namespace Zones.Server.Schema.Types;

/// <summary>Query fields of the working calendar and the categories: a township the caller may not read shows nothing.</summary>
public static class RuleQueries
{
    const int MaxCalendarDays = 800;

    public static void Define(ObjectTypeBuilder t)
    {
        t.Field("calendarDays", "[CalendarDay!]!", async (_, _, ctx) =>
            {
                var (code, from, to) = (ctx.Text("townshipCode")!, ctx.Argument<DateOnly>("from"), ctx.Argument<DateOnly>("to"));
                if (to < from || to.DayNumber - from.DayNumber > MaxCalendarDays)
                    throw new GraphQLError($"from 必须不晚于 to，且相隔不超过 {MaxCalendarDays} 天。from must not be after to, and at most {MaxCalendarDays} days before it.");
                return await ReadableAsync(ctx, code) ? await ctx.Get<CalendarEditor>().DaysAsync(code, from, to, ctx.CancellationToken) : [];
            })
            .Argument("townshipCode", "String!").Argument("from", "Date!").Argument("to", "Date!")
            .Description("The listed days between from and to (inclusive) as deadlines count them: the township's own row over the national one. Days not listed follow Monday–Friday.");
        t.Field("complaintCategories", "[ComplaintCategory!]!", async (_, _, ctx) =>
                await ReadableAsync(ctx, ctx.Text("townshipCode")!)
                    ? await ctx.Get<CategoryStore>().InForceAsync(ctx.Text("townshipCode"), ctx.CancellationToken) : [])
            .Argument("townshipCode", "String!")
            .Description("The categories in force in the township with their time limits; isOverride marks the township's own rows.");
    }

    static async Task<bool> ReadableAsync(Zones.GraphQL.Execution.ResolveContext ctx, string code) =>
        (await ctx.ReadableAsync()).Contains(code);
}
