using static Zones.Server.Data.Sql;

namespace Zones.Server.Tests.Http.AccessMatrix;

// Fresh rows for 并案 (issue #14 §3): a report folded into a fresh case, for splitComplaintReport and Complaint.reports;
// the township's own settings, for 恢复默认.
public sealed partial class FreshRows
{
    const string FoldedReportSql = """
        WITH r AS (
          INSERT INTO zones.complaint_report (township_code, complaint_id, geom, source, description, reported_at, actor)
          VALUES ($1, $2, ST_SetSRID(ST_MakePoint($3, $4), 4326), 'citizen', '矩阵测试：又一人反映', now() - interval '30 minutes', 'matrix')
          RETURNING id)
        UPDATE zones.complaint c SET reporter_count = reporter_count + 1 FROM r WHERE c.id = $2 RETURNING r.id
        """;

    /// <summary>A report folded into <paramref name="complaintId"/> (a fresh case unless given) at the township's case spot.</summary>
    public async Task<long> FoldedReportAsync(MatrixTownship t, long? complaintId = null) =>
        await IdAsync(FoldedReportSql, P(t.Code), P(complaintId ?? await ComplaintAsync(t, null, null)), P(t.ComplaintAt.Lon), P(t.ComplaintAt.Lat));

    const string FoldSettingSql = """
        INSERT INTO zones.complaint_fold_setting (township_code, component_radius_m) VALUES ($1, 60)
        ON CONFLICT (township_code) DO UPDATE SET component_radius_m = 60 RETURNING 0::bigint
        """;

    /// <summary>The township's own folding settings, so 恢复默认 has a row to drop.</summary>
    public Task<long> FoldSettingAsync(MatrixTownship t) => IdAsync(FoldSettingSql, P(t.Code));
}
