using Npgsql;
using NetTopologySuite.Geometries;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Inventory;

/// <summary>
/// Writes of road segments (路段): create, update (full replacement, <c>expectedVersion</c>),
/// retire. Segment codes stay unique in the township for good, retired segments included.
/// </summary>
public sealed partial class RoadEditor(NpgsqlDataSource db)
{
    internal const string Columns = """
        id, township_code, code, name, class, geom, attributes::text, version, created_at, updated_at, retired_at
        """;

    const string UpdateSql = $"""
        UPDATE zones.road
        SET code = $2, name = $3, class = $4, geom = $5, attributes = coalesce($6::jsonb, attributes),
            version = version + 1, updated_at = now()
        WHERE id = $1
        RETURNING {Columns}
        """;

    const string RetireSql = $"""
        UPDATE zones.road SET retired_at = now(), version = version + 1, updated_at = now() WHERE id = $1 RETURNING {Columns}
        """;

    const string LockSql = """
        SELECT township_code, name, version, retired_at IS NOT NULL FROM zones.road WHERE id = $1 FOR UPDATE
        """;

    // Whether the update replaces the line (only then is the road noded again); false for a missing road.
    const string MovesSql = "SELECT coalesce((SELECT geom IS DISTINCT FROM $2 FROM zones.road WHERE id = $1), false)";

    const string TownshipExistsSql = "SELECT EXISTS (SELECT 1 FROM zones.township WHERE division_code = $1)";

    public Task<RoadPayload> CreateRoadAsync(Actor actor, CreateRoadInput input, CancellationToken ct) =>
        db.WriteAsync(actor, InventoryChecks.Road(input.Fields), tx => CreateAsync(tx, input, ct), Fail(input.Fields), ct);

    public Task<RoadPayload> UpdateRoadAsync(Actor actor, UpdateRoadInput input, CancellationToken ct) =>
        db.WriteAsync(actor, InventoryChecks.Road(input.Fields), tx => UpdateAsync(tx, input, ct), Fail(input.Fields), ct);

    /// <summary>Takes the segment out of service (<c>retired_at = now()</c>); assets keep pointing at it.</summary>
    public Task<RoadPayload> RetireRoadAsync(Actor actor, RetireInput input, CancellationToken ct) =>
        db.WriteAsync(actor, tx => ChangeAsync(tx, input.Id, input.ExpectedVersion, RetireSql, [], ct), RoadPayload.Fail, ct);

    async Task<RoadPayload> CreateAsync(NpgsqlTransaction tx, CreateRoadInput input, CancellationToken ct)
    {
        if (await tx.RefusalAsync(input.TownshipCode, ct) is { } refused)
            return RoadPayload.Fail(refused);
        if (!await tx.FirstAsync(TownshipExistsSql, [P(input.TownshipCode)], r => r.GetBoolean(0), ct))
            return RoadPayload.Fail(Problems.Invalid($"乡镇代码 {input.TownshipCode} 不存在", $"No township has code {input.TownshipCode}",
                                                     "townshipCode"));
        return await RoadSplitting.CreateAsync(tx, input, Read, ct);
    }

    /// <summary>A new line is split at the junctions it now has, as a created road is (<see cref="RoadSplitting.ReNodeAsync"/>).</summary>
    static async Task<RoadPayload> UpdateAsync(NpgsqlTransaction tx, UpdateRoadInput input, CancellationToken ct)
    {
        var moves = await tx.FirstAsync(MovesSql, [P(input.Id), Geom(input.Fields.Line)], r => r.GetBoolean(0), ct);
        var changed = await ChangeAsync(tx, input.Id, input.ExpectedVersion, UpdateSql, Values(input.Fields), ct);
        return changed.Road is { } road && moves ? await RoadSplitting.ReNodeAsync(tx, road, Read, ct) : changed;
    }

    static async Task<RoadPayload> ChangeAsync(NpgsqlTransaction tx, long id, int expected, string sql, NpgsqlParameter[] values,
                                               CancellationToken ct)
    {
        var row = await tx.FirstAsync(LockSql, [P(id)], r => new LockedRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetBoolean(3)), ct);
        var current = await InventoryChecks.CurrentAsync(tx, row, id, expected, "路段", "Road", ct);
        return current.Failed ? new(null, current.Errors) : new(await tx.FirstAsync(sql, [P(id), .. values], Read, ct), []);
    }

    static Func<UserError, RoadPayload> Fail(RoadFields f) => e => RoadPayload.Fail(DbErrors.WithValue(e, f.Code));

    static NpgsqlParameter[] Values(RoadFields f) =>
        [P(f.Code), P(f.Name), P(DbCodes.Code(f.Class)), Geom(f.Line), P(f.Attributes?.ToJsonString())];

    static RoadRecord Read(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), DbCodes.Parse<RoadClass>(r.GetString(4)),
            (LineString)r.GeometryOrNull(5)!, InventoryChecks.ReadJson(r.GetString(6)), r.GetInt32(7),
            r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<DateTimeOffset>(9), r.Nullable<DateTimeOffset>(10));
}
