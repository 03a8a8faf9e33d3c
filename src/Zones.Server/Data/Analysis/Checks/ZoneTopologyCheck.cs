using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 缺口与重叠 (DOMAIN.md §5.2 "Zones with no owner", DB11/T 2157 6.2.1): land of a parent zone that
/// none of its current children covers, and land two current siblings both claim. The same rules as
/// <see cref="ZoneTopology"/> (used while editing), run for a whole township at once.
/// </summary>
public sealed class ZoneTopologyCheck : ICoverageCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.UncoveredLand, GapKinds.ZoneOverlap];

    // Only parents with at least one current child: a village not split into groups is a leaf, not a gap.
    // One union of the children per parent and one difference; a child's hole is a gap only where the
    // parent has land (the difference keeps the parent's own holes out). Each part is its own gap.
    static readonly string UncoveredSql = $"""
        SELECT p.id, p.name, d.geom, x.area
        FROM zones.zone p
        CROSS JOIN LATERAL (SELECT ST_Union(c.geom) AS g FROM zones.zone c
                            WHERE c.parent_id = p.id AND c.valid_to IS NULL) u
        CROSS JOIN LATERAL ST_Dump(ST_CollectionExtract(ST_Difference(p.geom, u.g), 3)) d
        CROSS JOIN LATERAL (SELECT ST_Area(d.geom::geography) AS area) x
        WHERE p.township_code = @township AND p.valid_to IS NULL AND u.g IS NOT NULL
          AND x.area >= @min_area AND {GapScope.SharesInterior("d.geom")}
        """;

    // Siblings whose boxes meet; the intersection's polygonal part is the overlap (edges that only
    // touch give no area). One gap per pair, on the sibling with the lower id.
    static readonly string OverlapSql = $"""
        SELECT a.id, a.name, b.id, b.name, i.g, x.area
        FROM zones.zone a
        JOIN zones.zone b ON b.parent_id = a.parent_id AND a.id < b.id AND b.valid_to IS NULL AND a.geom && b.geom
        CROSS JOIN LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3)) AS g) i
        CROSS JOIN LATERAL (SELECT ST_Area(i.g::geography) AS area) x
        WHERE a.township_code = @township AND a.valid_to IS NULL AND a.parent_id IS NOT NULL
          AND NOT ST_IsEmpty(i.g) AND x.area >= @min_area AND {GapScope.SharesInterior("i.g")}
        """;

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var gaps = new List<CoverageGap>();
        if (wanted.Contains(GapKinds.UncoveredLand))
            gaps.AddRange(await ReadAsync(conn, UncoveredSql, townshipCode, zoneId, [P("min_area", settings.MinAreaM2)],
                r => new CoverageGap
                {
                    Kind = GapKinds.UncoveredLand, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(2)!,
                    AreaM2 = r.GetDouble(3), ZoneId = r.GetInt64(0),
                    Description = $"{r.GetString(1)}有 {Whole(r.GetDouble(3))} 平方米土地未划入任何下级片区，请划入相邻片区或调整边界",
                }, ct));
        if (wanted.Contains(GapKinds.ZoneOverlap))
            gaps.AddRange(await ReadAsync(conn, OverlapSql, townshipCode, zoneId, [P("min_area", settings.MinAreaM2)],
                r => new CoverageGap
                {
                    Kind = GapKinds.ZoneOverlap, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(4)!,
                    AreaM2 = r.GetDouble(5), ZoneId = r.GetInt64(0), RelatedZoneId = r.GetInt64(2),
                    Description = $"{r.GetString(1)}与{r.GetString(3)}重叠 {Whole(r.GetDouble(5))} 平方米，请调整边界使其只属一方",
                }, ct));
        return gaps;
    }
}
