using Npgsql;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// What a write could have changed, per township: for each table a write path touches (the audit log
/// included), the number of rows and the newest row version (<c>xmin</c>: an insert or an update gives
/// a row a newer one, a delete lowers the count). Equal states before and after = nothing written.
/// </summary>
public static class RowState
{
    const string StateSql = """
        SELECT township_code, string_agg(format('%s=%s/%s', t, n, x), ' ' ORDER BY t)
        FROM (SELECT 'zone' t, township_code, count(*) n, max(xmin::text::bigint) x FROM zones.zone WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'zone_history', township_code, count(*), max(xmin::text::bigint) FROM zones.zone_history WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'road', township_code, count(*), max(xmin::text::bigint) FROM zones.road WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'asset', township_code, count(*), max(xmin::text::bigint) FROM zones.asset WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'assignment', township_code, count(*), max(xmin::text::bigint) FROM zones.assignment WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'complaint', township_code, count(*), max(xmin::text::bigint) FROM zones.complaint WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'complaint_event', township_code, count(*), max(xmin::text::bigint) FROM zones.complaint_event WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'complaint_report', township_code, count(*), max(xmin::text::bigint) FROM zones.complaint_report WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'complaint_fold_setting', township_code, count(*), max(xmin::text::bigint) FROM zones.complaint_fold_setting WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'case_counter', township_code, count(*), max(xmin::text::bigint) FROM zones.case_counter WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'person', township_code, count(*), max(xmin::text::bigint) FROM zones.person WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'complaint_photo', township_code, count(*), max(xmin::text::bigint) FROM zones.complaint_photo WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'unit', township_code, count(*), max(xmin::text::bigint) FROM zones.unit WHERE township_code = ANY($1) GROUP BY 2
              UNION ALL SELECT 'audit_log', township_code, count(*), max(xmin::text::bigint) FROM zones.audit_log WHERE township_code = ANY($1) GROUP BY 2) s
        GROUP BY township_code
        """;

    /// <summary>The state of each of <paramref name="townships"/> (a township with no rows at all is missing).</summary>
    public static async Task<Dictionary<string, string>> ReadAsync(NpgsqlDataSource db, string[] townships)
    {
        await using var conn = await db.OpenConnectionAsync();
        await using var cmd = new NpgsqlCommand(StateSql, conn);
        cmd.Parameters.Add(P(townships));
        // Prepared (once per pooled connection): planning the eleven scans costs more than running them.
        await cmd.PrepareAsync();
        await using var reader = await cmd.ExecuteReaderAsync();
        var state = new Dictionary<string, string>();
        while (await reader.ReadAsync())
            state[reader.GetString(0)] = reader.GetString(1);
        return state;
    }

    /// <summary>The audit rows of one township in a state (the count in <c>audit_log=n/x</c>).</summary>
    public static long AuditRows(string state) =>
        long.Parse(state.Split(' ').Single(p => p.StartsWith("audit_log=", StringComparison.Ordinal))["audit_log=".Length..].Split('/')[0]);
}
