using Npgsql;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Editing;

/// <summary>How well a parent's live children tile it: the gaps (parts of the parent in no child) and the overlaps between children.</summary>
/// <param name="GapAreaM2">The gaps' total area.</param>
public sealed record ZoneTopologyReport(long ParentId, IReadOnlyList<ZoneGap> Gaps, double GapAreaM2, IReadOnlyList<ZoneOverlap> Overlaps)
{
    public bool IsClean => Gaps.Count == 0 && Overlaps.Count == 0;
}

/// <summary>
/// The "must not have gaps" and "must not overlap" rules of the QGIS Topology Checker, run by
/// PostGIS for whole parents (MAP-NOTES §4: PostGIS 3.3 has no ST_CoverageInvalidEdges, so this is
/// the overlap check plus <c>ST_Difference(parent, ST_Union(children))</c>). Pieces up to
/// <see cref="BoundaryChecks.NoiseAreaM2"/> are floating-point noise and left out. The coverage-gap
/// analysis reuses it.
/// </summary>
public sealed class ZoneTopology(NpgsqlDataSource db)
{
    // A parent with no live child is one gap as a whole: nothing covers it yet.
    const string GapsSql = """
        SELECT p.id, ST_Multi(d.geom), ST_Area(d.geom::geography)
        FROM zones.zone p
        CROSS JOIN LATERAL (SELECT ST_Union(c.geom) AS g FROM zones.zone c
                            WHERE c.parent_id = p.id AND c.valid_to IS NULL) u
        CROSS JOIN LATERAL ST_Dump(ST_CollectionExtract(
                             ST_Difference(p.geom, coalesce(u.g, 'SRID=4326;POLYGON EMPTY'::geometry)), 3)) d
        WHERE p.id = ANY($1) AND ST_Area(d.geom::geography) > $2
        ORDER BY p.id, 3 DESC
        """;

    const string OverlapsSql = """
        SELECT a.parent_id, a.id, a.name, b.id, b.name, x.g, x.area
        FROM zones.zone a
        JOIN zones.zone b ON b.parent_id = a.parent_id AND a.id < b.id AND b.valid_to IS NULL AND a.geom && b.geom
        CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3)) AS g) i
        CROSS JOIN LATERAL (SELECT i.g, ST_Area(i.g::geography) AS area) x
        WHERE a.parent_id = ANY($1) AND a.valid_to IS NULL AND ST_Relate(a.geom, b.geom, '2********') AND x.area > $2
        ORDER BY a.parent_id, a.id, b.id
        """;

    /// <summary>The report for one parent.</summary>
    public async Task<ZoneTopologyReport> CheckAsync(long parentId, CancellationToken ct) =>
        (await CheckAsync([parentId], ct))[0];

    /// <summary>One report per parent, in the order given (two statements for any number of parents).</summary>
    public async Task<IReadOnlyList<ZoneTopologyReport>> CheckAsync(IReadOnlyList<long> parentIds, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        NpgsqlParameter[] Args() => [P(parentIds.ToArray()), P(BoundaryChecks.NoiseAreaM2)];
        var gaps = (await conn.QueryAsync(null, GapsSql, Args(),
            r => (Parent: r.GetInt64(0), Gap: new ZoneGap(r.GeometryOrNull(1)!, r.GetDouble(2))), ct)).ToLookup(g => g.Parent, g => g.Gap);
        var overlaps = (await conn.QueryAsync(null, OverlapsSql, Args(),
            r => (Parent: r.GetInt64(0), Overlap: new ZoneOverlap(r.GetInt64(1), r.GetString(2), r.GetInt64(3), r.GetString(4),
                                                                  r.GeometryOrNull(5)!, r.GetDouble(6))), ct)).ToLookup(o => o.Parent, o => o.Overlap);
        return parentIds.Select(id => new ZoneTopologyReport(id, gaps[id].ToList(), gaps[id].Sum(g => g.AreaM2), overlaps[id].ToList())).ToList();
    }
}
