using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Query;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.History;

/// <summary>
/// Zones through time (issue #13 §E): the versions of a township's zones in force at a moment, and
/// each zone's changes (versions compared pairwise, 包联 opened and ended) with who made them.
/// Both read the history the database keeps (<c>zones.zone_history</c>, <c>zones.assignment</c>'s
/// validity, <c>zones.audit_log</c>); nothing here writes.
/// </summary>
public sealed partial class ZoneTimeline(NpgsqlDataSource db)
{
    /// <summary>
    /// The zones of <paramref name="townshipCode"/> as they were at <paramref name="at"/>, upper levels
    /// first, then by code; empty when the township is not among <paramref name="readable"/>. Zones
    /// retired before <paramref name="at"/> or created after it are absent.
    /// </summary>
    public Task<List<ZoneRow>> AsOfAsync(string townshipCode, DateTimeOffset at, IReadOnlyCollection<string> readable, CancellationToken ct) =>
        ReadAsync(AsOfSql, [P(townshipCode), P(at), P(readable.ToArray())], Sources.Zones.Read, ct);

    /// <summary>The changes of many zones in one statement, by zone id, newest first.</summary>
    public async Task<ILookup<long, ZoneChange>> ChangesAsync(IReadOnlyList<long> zoneIds, CancellationToken ct) =>
        (await ReadAsync(ChangesSql, [P(zoneIds.ToArray())], ReadChange, ct)).ToLookup(c => c.ZoneId);

    static ZoneChange ReadChange(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.Time(1), r.GetString(2), r.GetString(3), r.Text(4), r.Nullable<int>(5), r.Text(6), r.Text(7),
            r.GeometryOrNull(8), r.GeometryOrNull(9));

    async Task<List<T>> ReadAsync<T>(string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QueryAsync(null, sql, parameters, read, ct);
    }
}
