using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// How a township folds duplicate reports (<c>zones.fold_settings</c>, migration 0027): radii in metres
/// on the ground for 部件 and 事件, the window in days before the new report, and whether it folds at all.
/// </summary>
/// <param name="Customised">The township has its own row; false = the shipped defaults.</param>
public sealed record FoldSettings(double ComponentRadiusM, double EventRadiusM, int WindowDays, bool Enabled, bool Customised = false)
{
    /// <summary>The shipped defaults (the SQL function holds the same numbers).</summary>
    public static readonly FoldSettings Defaults = new(50, 250, 7, true);

    /// <summary>The radius of a category kind: <c>component</c> (部件) or <c>event</c> (事件).</summary>
    public double RadiusFor(string kind) => kind == ComplaintCategory.Component ? ComponentRadiusM : EventRadiusM;
}

/// <summary>
/// A report folded into an existing case (<c>zones.complaint_report</c>): a further reporter of the same
/// problem. <see cref="DistanceM"/> is its distance from the case's point, on the spheroid.
/// </summary>
public sealed record ComplaintReport(long Id, string TownshipCode, long ComplaintId, double Lon, double Lat, string Source,
                                     string Description, string? Address, string Urgency, long? AssetId, string? ReporterName,
                                     string? ReporterPhone, string? ReporterEmail, string? ExternalId, string? MediaUrl,
                                     DateTimeOffset ReportedAt, string Actor, DateTimeOffset FoldedAt, long? SplitComplaintId,
                                     double DistanceM)
{
    /// <summary>The report as intake input again (for 拆分): same point, category, reporter and report time.</summary>
    public ReportComplaintInput AsInput(string categoryKind, string categoryCode) =>
        new(Lon, Lat, categoryKind, categoryCode, Source, Description, Address, Urgency, AssetId, ReporterName,
            ReporterPhone, ExternalId, ReporterEmail, MediaUrl, ReportedAt);
}

/// <summary>
/// The statements of folding (issue #14 §3): the township's settings, the search for the open case a
/// report belongs to, the folded report rows and the case's reporter count.
/// </summary>
public sealed partial class FoldStore(NpgsqlDataSource db)
{
    /// <summary>The township's folding settings (its row, else the defaults).</summary>
    public async Task<FoldSettings> SettingsAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string townshipCode, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, SettingsSql, Sql.P(townshipCode));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new FoldSettings(r.GetDouble(0), r.GetDouble(1), r.GetInt32(2), r.GetBoolean(3), r.GetBoolean(4));
    }

    public async Task<FoldSettings> SettingsAsync(string townshipCode, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await SettingsAsync(conn, null, townshipCode, ct);
    }

    /// <summary>Stores the township's own settings (insert or replace).</summary>
    public async Task SaveSettingsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, FoldSettings s, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, SaveSettingsSql, Sql.P(townshipCode), Sql.P(s.ComponentRadiusM),
                                         Sql.P(s.EventRadiusM), Sql.P(s.WindowDays), Sql.P(s.Enabled));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Drops the township's own settings: the defaults apply again.</summary>
    public async Task DropSettingsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, DropSettingsSql, Sql.P(townshipCode));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Makes intakes of one township and category take turns until this transaction ends, so of two
    /// simultaneous reports of the same problem the second sees the case the first opened.
    /// </summary>
    public async Task LockCategoryAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, string kind, string code,
                                        CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, LockCategorySql, Sql.P(townshipCode), Sql.P(kind + code));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The nearest open case of the category within the radius, reported within the window before
    /// <paramref name="reportedAt"/>, locked <c>FOR UPDATE</c>; null when there is none. With an explicitly
    /// given asset, a case about another asset is not the same problem.
    /// </summary>
    public async Task<long?> FindOpenCaseAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, ComplaintCategory category,
                                               ReportComplaintInput input, DateTimeOffset reportedAt, FoldSettings s, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, FindOpenCaseSql, Sql.P(townshipCode), Sql.P(category.Kind), Sql.P(category.Code),
            Sql.P(input.Lon), Sql.P(input.Lat), Sql.P(s.RadiusFor(category.Kind)), Sql.P(reportedAt.AddDays(-s.WindowDays)),
            Sql.P(input.AssetId));
        return await cmd.ExecuteScalarAsync(ct) as long?;
    }

    /// <summary>Stores a report as folded into case <paramref name="complaintId"/>; returns its id.</summary>
    public async Task<long> AddReportAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, long complaintId,
                                           ReportComplaintInput i, DateTimeOffset reportedAt, Actor actor, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, AddReportSql, Sql.P(townshipCode), Sql.P(complaintId), Sql.P(i.Lon), Sql.P(i.Lat),
            Sql.P(i.Source), Sql.P(i.Description.Trim()), Sql.P(i.Address), Sql.P(i.Urgency), Sql.P(i.AssetId), Sql.P(i.ReporterName),
            Sql.P(i.ReporterPhone?.Trim()), Sql.P(i.ReporterEmail), Sql.P(i.ExternalId), Sql.P(i.MediaUrl), Sql.P(reportedAt),
            Sql.P(actor.Name));
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>One more reporter of the case; returns the new count. The version stays: a staff member's
    /// pending step is not refused because a resident reported the problem again.</summary>
    public async Task<int> AddReporterAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, long complaintId,
                                            CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, AddReporterSql, Sql.P(townshipCode), Sql.P(complaintId));
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>One reporter fewer (a report split out), the version bumped like any staff change.</summary>
    public async Task RemoveReporterAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, long complaintId,
                                          DateTimeOffset now, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, RemoveReporterSql, Sql.P(townshipCode), Sql.P(complaintId), Sql.P(now));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The report, locked until the transaction ends; null when there is none.</summary>
    public async Task<ComplaintReport?> LockReportAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long reportId, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, LockReportSql, Sql.P(reportId));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? Read(r) : null;
    }

    /// <summary>Records that the report became case <paramref name="newComplaintId"/>.</summary>
    public async Task MarkSplitAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ComplaintReport report, long newComplaintId,
                                     DateTimeOffset at, Actor actor, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, MarkSplitSql, Sql.P(report.TownshipCode), Sql.P(report.Id), Sql.P(newComplaintId),
                                         Sql.P(at), Sql.P(actor.Name));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The reports folded into each case and not split out, oldest first (a GraphQL loader's batch).</summary>
    public async Task<ILookup<long, ComplaintReport>> ReportsAsync(IReadOnlyCollection<long> complaintIds, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ReportsSql);
        cmd.Parameters.Add(Sql.P(complaintIds.ToArray()));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<ComplaintReport>();
        while (await r.ReadAsync(ct))
            list.Add(Read(r));
        return list.ToLookup(x => x.ComplaintId);
    }

    static ComplaintReport Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetDouble(3), r.GetDouble(4), r.GetString(5), r.GetString(6), r.Text(7),
        r.GetString(8), r.Nullable<long>(9), r.Text(10), r.Text(11), r.Text(12), r.Text(13), r.Text(14),
        r.GetFieldValue<DateTimeOffset>(15), r.GetString(16), r.GetFieldValue<DateTimeOffset>(17), r.Nullable<long>(18), r.GetDouble(19));
}
