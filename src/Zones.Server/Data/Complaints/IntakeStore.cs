using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>A zone found for a point: the township it belongs to scopes everything else.</summary>
public sealed record ZoneHit(long Id, string TownshipCode, string Name);

/// <summary>
/// The statements of complaint intake, each run inside the intake transaction: locate the zone,
/// link the asset, find the 首问负责 owner, draw the case number, insert the case.
/// </summary>
sealed partial class IntakeStore
{
    public async Task<ZoneHit?> LocateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, double lon, double lat, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, LocateSql, Sql.P(lon), Sql.P(lat));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? new ZoneHit(r.GetInt64(0), r.GetString(1), r.GetString(2)) : null;
    }

    /// <summary>The nearest published zone and its distance in metres, or null when there are no zones.</summary>
    public async Task<(string Name, double Metres)?> NearestZoneAsync(NpgsqlConnection conn, NpgsqlTransaction tx,
                                                                     double lon, double lat, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, NearestZoneSql, Sql.P(lon), Sql.P(lat));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.GetString(0), r.GetDouble(1)) : null;
    }

    public async Task<bool> AssetExistsAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long assetId, string townshipCode,
                                             CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, AssetExistsSql, Sql.P(assetId), Sql.P(townshipCode));
        return (bool)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The nearest live asset of <paramref name="kind"/> within <paramref name="metres"/>, or null.</summary>
    public async Task<long?> NearestAssetAsync(NpgsqlConnection conn, NpgsqlTransaction tx, double lon, double lat,
                                               string townshipCode, string kind, double metres, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, NearestAssetSql, Sql.P(lon), Sql.P(lat), Sql.P(townshipCode),
                                         Sql.P(kind), Sql.P(metres));
        return await cmd.ExecuteScalarAsync(ct) as long?;
    }

    /// <summary>The first responsible party (person or unit) at <paramref name="at"/>; (null, null) when nobody up the tree owns it.</summary>
    public async Task<(long? PersonId, long? UnitId)> OwnerAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long zoneId,
                                                                 long? assetId, DateTimeOffset at, CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, OwnerSql, Sql.P(zoneId), Sql.P(assetId), Sql.P(at));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? (r.Nullable<long>(0), r.Nullable<long>(1)) : (null, null);
    }

    /// <summary>The next serial of <paramref name="day"/> (local date of the report) in the township.</summary>
    public async Task<int> NextSerialAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string townshipCode, DateOnly day,
                                           CancellationToken ct)
    {
        await using var cmd = Db.Command(conn, tx, NextSerialSql, Sql.P(townshipCode), Sql.P(day),
                                         Sql.P(day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture)));
        return (int)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Inserts the case in stage <c>received</c>; returns its id.</summary>
    public async Task<long> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, NewComplaint c, CancellationToken ct)
    {
        var i = c.Input;
        await using var cmd = Db.Command(conn, tx, InsertSql, Sql.P(c.Zone.TownshipCode), Sql.P(c.CaseNumber),
            Sql.P(i.Lon), Sql.P(i.Lat), Sql.P(c.Category.Kind), Sql.P(c.Category.Code), Sql.P(i.Source),
            Sql.P(i.Description.Trim()), Sql.P(i.Address), Sql.P(i.Urgency), Sql.P(c.AssetId), Sql.P(c.Zone.Id),
            Sql.P(c.Owner.PersonId), Sql.P(c.Owner.UnitId), Sql.P(c.ReportedAt), Sql.P(c.StageDeadline), Sql.P(c.Deadline),
            Sql.P(i.ReporterName), Sql.P(i.ReporterPhone?.Trim()), Sql.P(i.ExternalId), Sql.P(i.ReporterEmail), Sql.P(i.MediaUrl));
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }
}

/// <summary>Everything intake decided about a new case before inserting it.</summary>
sealed record NewComplaint(ReportComplaintInput Input, ZoneHit Zone, ComplaintCategory Category, long? AssetId,
                           (long? PersonId, long? UnitId) Owner, string CaseNumber, DateTimeOffset ReportedAt,
                           DateTimeOffset StageDeadline, DateTimeOffset Deadline);
