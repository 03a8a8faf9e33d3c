using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 垃圾收集点服务半径 (DOMAIN.md §5.2, GB 55013-2021 3.2.2: every dwelling within 120 m): in villages
/// that have at least one working collection point, the dwellings beyond the radius of every working one.
/// Villages with none are left to the "each 村庄 ≥ 1 point" rule, not reported dwelling by dwelling.
/// </summary>
public sealed class CollectionPointCheck : ICoverageCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.CollectionPointReach];

    // Straight-line distance on the spheroid (no road graph), through the geography index of 0005.
    // Points anywhere count, also across a village or township edge. The nearest one is named in the message.
    static readonly string DwellingSql = $"""
        SELECT p.id, p.name, coalesce(p.households, 0), p.geom, v.name, near.d
        FROM zones.place p
        CROSS JOIN LATERAL (SELECT v.name FROM zones.zone v
                            WHERE v.township_code = @township AND v.valid_to IS NULL AND v.level = 'village'
                              AND ST_Intersects(v.geom, p.geom)
                              AND EXISTS (SELECT 1 FROM zones.asset a
                                          WHERE a.kind IN ('collection_point', 'garbage_room', 'transfer_station')
                                            AND a.status = 'good' AND a.retired_at IS NULL AND ST_Intersects(a.geom, v.geom))
                            ORDER BY v.id LIMIT 1) v
        LEFT JOIN LATERAL (SELECT ST_Distance(a.geom::geography, p.geom::geography) AS d FROM zones.asset a
                           WHERE a.kind IN ('collection_point', 'garbage_room', 'transfer_station')
                             AND a.status = 'good' AND a.retired_at IS NULL
                           ORDER BY a.geom::geography <-> p.geom::geography LIMIT 1) near ON true
        WHERE p.township_code = @township AND p.kind = 'dwelling'
          AND NOT EXISTS (SELECT 1 FROM zones.asset a
                          WHERE a.kind IN ('collection_point', 'garbage_room', 'transfer_station')
                            AND a.status = 'good' AND a.retired_at IS NULL
                            AND ST_DWithin(a.geom::geography, p.geom::geography, @radius))
          AND {GapScope.Touches("p.geom")}
        """;

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct) =>
        await ReadAsync(conn, DwellingSql, townshipCode, zoneId, [P("radius", settings.CollectionRadiusM)], r => new CoverageGap
        {
            Kind = GapKinds.CollectionPointReach, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(3)!,
            PlaceId = r.GetInt64(0), Count = r.GetInt32(2),
            Description = $"{r.GetString(4)}居民点「{r.GetString(1)}」（{r.GetInt32(2)} 户）距最近的在用垃圾收集点 {Whole(r.GetDouble(5))} 米，" +
                          $"超出 {Whole(settings.CollectionRadiusM)} 米服务半径，请增设收集点",
        }, ct);
}
