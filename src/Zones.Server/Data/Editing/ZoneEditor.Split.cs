using System.Globalization;
using NetTopologySuite.Geometries;
using Npgsql;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Editing;

// Split: one zone cut by a line into new zones.
public sealed partial class ZoneEditor
{
    const string BladeField = "blade";
    static readonly string[] LineTypes = ["LineString", "MultiLineString"];

    const string SplitPartsSql = """
        SELECT ST_Multi(d.geom)
        FROM zones.zone z CROSS JOIN LATERAL ST_Dump(ST_Split(z.geom, $2)) d
        WHERE z.id = $1
        """;

    // Each live child's share of every part: the part holding most of it becomes its parent; a
    // child with more than noise in two parts is cut by the blade.
    const string ChildSharesSql = """
        WITH parts AS (
          SELECT p.ord, p.geom FROM unnest($2::geometry[]) WITH ORDINALITY AS p(geom, ord)
        ), shares AS (
          SELECT c.id, c.code, c.name, p.ord, ST_Area(ST_Intersection(c.geom, p.geom)::geography) AS area
          FROM zones.zone c CROSS JOIN parts p
          WHERE c.parent_id = $1 AND c.valid_to IS NULL
        )
        SELECT id, code, name, (array_agg(ord ORDER BY area DESC))[1]::int, (count(*) FILTER (WHERE area > $3))::int
        FROM shares GROUP BY id, code, name ORDER BY id
        """;

    /// <summary>
    /// Cuts a zone along a line (<c>ST_Split</c>); each piece becomes a new zone under the same
    /// parent with the same level and status, the original is retired. Children move to the part
    /// that contains them (a blade through a child is refused); the original's active assignments
    /// end now and continue on every part, so nobody's responsibility lapses until the planner
    /// reassigns. Parts are numbered west → east (north → south when the blade runs east–west).
    /// </summary>
    public Task<SplitZonePayload> SplitZoneAsync(Actor actor, SplitZoneInput input, CancellationToken ct)
    {
        var error = (input.Blade is LineString or MultiLineString ? null : (UserError)GeometryTypeError.Of(input.Blade, LineTypes, BladeField))
                    ?? input.Parts?.Select((p, i) => Problems.Name(p.Name, false, PartField(i, "name"))
                                                     ?? Problems.ZoneCode(p.Code, PartField(i, "code"))).FirstOrDefault(e => e is not null);
        return db.WriteAsync(actor, error, tx => SplitAsync(tx, input, ct), SplitZonePayload.Fail, ct);
    }

    async Task<SplitZonePayload> SplitAsync(NpgsqlTransaction tx, SplitZoneInput input, CancellationToken ct)
    {
        var locked = await LockVersionsAsync(tx, [new(input.Id, input.ExpectedVersion)], InputField, ct);
        if (locked.Failed)
            return new([], [], locked.Errors);
        var zone = locked.Value![0];
        var parts = OrderParts(await tx.QueryAsync(SplitPartsSql, [P(zone.Id), Geom(input.Blade)], r => r.GeometryOrNull(0)!, ct));
        if (CheckPartCount(parts.Count, zone.Boundary.NumGeometries, input.Parts) is { } wrong)
            return SplitZonePayload.Fail(wrong);
        var shares = await tx.QueryAsync(ChildSharesSql, [P(zone.Id), Geoms(parts), P(BoundaryChecks.NoiseAreaM2)],
            r => (Child: new ZoneRef(r.GetInt64(0), r.GetString(1), r.GetString(2)), Best: r.GetInt32(3) - 1, Parts: r.GetInt32(4)), ct);
        if (shares.Where(s => s.Parts > 1).Select(s => s.Child).ToList() is { Count: > 0 } cut)
            return SplitZonePayload.Fail(SplitCutsChildrenError.Of(cut, BladeField));
        await ZoneRows.RetireAsync(tx, [zone.Id], ct);
        var created = await InsertPartsAsync(tx, zone, parts, input.Parts, ct);
        if (created.Failed)
            return new([], [], created.Errors);
        var moves = shares.Select(s => new ChildMove(s.Child.Id, created.Value![s.Best].Id)).ToList();
        foreach (var group in moves.GroupBy(m => m.NewParentId))
            await ZoneRows.ReparentAsync(tx, group.Select(m => m.ChildId), group.Key, ct);
        await ZoneRows.CarryAssignmentsAsync(tx, [zone.Id], created.Value!.Select(z => z.Id), ct);
        return new(created.Value!, moves, []);
    }

    // ST_Split returns every polygon of a MultiPolygon, cut or not: no more parts than before means no cut.
    static InvalidInputError? CheckPartCount(int count, int before, IReadOnlyList<SplitPartInput>? wanted) =>
        count <= before
            ? Problems.Invalid("切割线没有把片区切开：它必须从片区外进入、横穿片区、再到片区外",
                               "The blade does not cut the zone: it must start outside, cross the zone and end outside", BladeField)
            : wanted is not null && wanted.Count != count
                ? Problems.Invalid($"切割线把片区分成 {count} 块，但 parts 给了 {wanted.Count} 项",
                                   $"The blade cuts the zone into {count} parts but parts has {wanted.Count} entries", "parts")
                : null;

    async Task<Step<List<ZoneRecord>>> InsertPartsAsync(NpgsqlTransaction tx, ZoneRecord zone, IReadOnlyList<Geometry> parts,
                                                        IReadOnlyList<SplitPartInput>? wanted, CancellationToken ct)
    {
        var parents = await ParentsAsync(tx, [zone], ct);
        var missing = wanted is null ? parts.Count : wanted.Count(p => p.Code is null);
        var codes = missing == 0 ? Step<List<string>>.Ok([])
            : await NewCodesAsync(tx, zone.ParentId is { } pid ? parents[pid] : null, missing, ct);
        if (codes.Failed)
            return Step<List<ZoneRecord>>.Fail(codes.Errors);
        var generated = new Queue<string>(codes.Value!);
        var created = new List<ZoneRecord>();
        for (var i = 0; i < parts.Count; i++)
            created.Add(await ZoneRows.InsertAsync(tx, zone.TownshipCode, zone.ParentId, zone.Level,
                wanted?[i].Code ?? generated.Dequeue(), wanted?[i].Name ?? $"{zone.Name}-{i + 1}", zone.Status, parts[i], ct));
        return Step<List<ZoneRecord>>.Ok(created);
    }

    /// <summary>West → east when the parts lie side by side, north → south when they lie one above the other.</summary>
    static List<Geometry> OrderParts(List<Geometry> parts)
    {
        if (parts.Count < 2)
            return parts;
        var centres = parts.Select(p => p.Centroid.Coordinate).ToList();
        var xScale = Math.Cos(centres.Average(c => c.Y) * Math.PI / 180);
        var spreadX = (centres.Max(c => c.X) - centres.Min(c => c.X)) * xScale; // a degree of longitude is shorter
        var spreadY = centres.Max(c => c.Y) - centres.Min(c => c.Y);
        return spreadX >= spreadY ? parts.OrderBy(p => p.Centroid.X).ToList() : parts.OrderByDescending(p => p.Centroid.Y).ToList();
    }

    static string PartField(int i, string field) => string.Create(CultureInfo.InvariantCulture, $"parts.{i}.{field}");
}
