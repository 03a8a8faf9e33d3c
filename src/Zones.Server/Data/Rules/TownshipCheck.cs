using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Rules;

/// <summary>
/// The first step of every settings write: may the actor write the township's rows (migration
/// 0009's rule, asked up front so the refusal names the township), and does the township exist?
/// A null township means the national rows, which only an installation-wide actor may write.
/// </summary>
static class TownshipCheck
{
    const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM zones.township WHERE division_code = $1)";

    /// <summary>The error that stops the write, or null.</summary>
    public static async Task<UserError?> RefuseAsync(NpgsqlTransaction tx, string? townshipCode, CancellationToken ct)
    {
        if (await tx.RefusalAsync(townshipCode, ct) is { } refused)
            return refused;
        if (townshipCode is null || await tx.FirstAsync(ExistsSql, [P(townshipCode)], r => r.GetBoolean(0), ct))
            return null;
        return new NotFoundError($"没有区划代码为 {townshipCode} 的乡镇。请检查 townshipCode（12 位统计用区划代码）。" +
                                 $"There is no township {townshipCode}: check townshipCode (the 12-digit division code).", "townshipCode");
    }
}
