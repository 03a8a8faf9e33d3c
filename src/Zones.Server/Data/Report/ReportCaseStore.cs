using Npgsql;

namespace Zones.Server.Data.Report;

/// <summary>A case as the resident status page may show it: no names, no phones, no owner.</summary>
/// <param name="PublicId">The installation-unique case number the receipt gave (Open311 <c>service_request_id</c>).</param>
/// <param name="PhoneDigits">The digits of every phone that reported it (the first reporter and folded ones), to check the last four against; never shown.</param>
public sealed record PublicCase(string TownshipCode, long Id, string PublicId, string ServiceCode, string Stage,
                                DateTimeOffset ReportedAt, DateTimeOffset? Deadline, DateTimeOffset? ClosedAt, int ReporterCount,
                                string[] PhoneDigits);

/// <summary>Reads cases for the report page's receipt and status page by their public number.</summary>
public sealed class ReportCaseStore(NpgsqlDataSource db)
{
    // The public number and the reporters come from THE rules: zones.public_case_id and its inverse
    // zones.case_by_public_id (migration 0028), reporter_count and the folded reports (0027) whose phones
    // may look the case up too (a report split back out is its own case, with its own number).
    const string Columns = """
        SELECT c.township_code, c.id, zones.public_case_id(c.township_code, c.case_number),
               (CASE c.category_kind WHEN 'component' THEN 'C' ELSE 'E' END) || c.category_code,
               c.stage, c.reported_at, c.deadline, c.closed_at, c.reporter_count,
               array_remove(ARRAY[regexp_replace(coalesce(c.reporter_phone, ''), '[^0-9]', '', 'g')] ||
                 ARRAY(SELECT regexp_replace(r.reporter_phone, '[^0-9]', '', 'g') FROM zones.complaint_report r
                       WHERE r.township_code = c.township_code AND r.complaint_id = c.id
                         AND r.split_complaint_id IS NULL AND r.reporter_phone IS NOT NULL), '')
        FROM zones.complaint c
        """;

    // Every township: the reporter proves the case is theirs with the phone digits, not by a township's publicity.
    const string FindSql = Columns + """

        JOIN zones.case_by_public_id($1, ARRAY(SELECT division_code FROM zones.township)) k
          ON k.township_code = c.township_code AND k.complaint_id = c.id
        """;

    const string ByIdSql = Columns + "\nWHERE c.township_code = $1 AND c.id = $2";

    /// <summary>The case with public number <paramref name="publicId"/>, or null.</summary>
    public async Task<PublicCase?> FindAsync(string publicId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(FindSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = publicId });
        return (await ReadAsync(cmd, ct)).SingleOrDefault();
    }

    /// <summary>The case just reported (or folded into), for the receipt.</summary>
    public async Task<PublicCase> ByIdAsync(string townshipCode, long id, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ByIdSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = townshipCode });
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        return (await ReadAsync(cmd, ct))[0];
    }

    static async Task<List<PublicCase>> ReadAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<PublicCase>();
        while (await r.ReadAsync(ct))
            list.Add(new PublicCase(r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetFieldValue<DateTimeOffset>(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6),
                r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7), r.GetInt32(8), r.GetFieldValue<string[]>(9)));
        return list;
    }
}
