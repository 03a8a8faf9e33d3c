using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>The complaint categories in force in a township (<c>zones.complaint_category</c>).</summary>
public sealed class CategoryStore(NpgsqlDataSource db)
{
    // A township's own row for a (kind, code) wins over the shipped default (township_code NULL):
    // zones.categories_in_force, migration 0010. Without a township only the defaults are listed.
    const string InForceSql = """
        SELECT kind, code, name, group_name, asset_kind, time_limit, time_unit, township_code
        FROM zones.categories_in_force($1)
        """;

    /// <summary>The categories of <paramref name="townshipCode"/> (or the defaults), components first, by code.</summary>
    public async Task<List<ComplaintCategory>> InForceAsync(string? townshipCode, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await InForceAsync(conn, null, townshipCode, ct);
    }

    public async Task<List<ComplaintCategory>> InForceAsync(NpgsqlConnection conn, NpgsqlTransaction? tx,
                                                            string? townshipCode, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, InForceSql, Sql.P(townshipCode));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<ComplaintCategory>();
        while (await r.ReadAsync(ct))
            list.Add(new ComplaintCategory(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Text(4),
                                           new TimeLimit(r.GetDecimal(5), r.GetString(6)), r.Text(7)));
        return list;
    }
}
