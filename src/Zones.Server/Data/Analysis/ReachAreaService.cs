using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Data.Analysis.Checks;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis;

/// <summary>One asset's service area (isochrone): the land within its radius, walked or straight.</summary>
/// <param name="Method">The <see cref="ReachMethods"/> code used: straight_line also for an asset farther than
/// networkAccessM from every mapped road, which cannot join the walk.</param>
public sealed record ReachArea(long AssetId, string Method, double RadiusM, Geometry Geometry);

/// <summary>
/// The service areas of a township's working toilets or collection points, as the coverage checks measure them
/// (<see cref="WalkingReach"/> for the network, a circle on the spheroid for the straight line); one analysis on the
/// <see cref="AnalysisLane"/> and one pgRouting call for the whole township.
/// </summary>
public sealed class ReachAreaService(AnalysisLane lane, CoverageGapService gaps)
{
    /// <summary>Reach kinds (GraphQL ReachKind) → the asset kinds that serve, and the radius setting.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> AssetKinds = new Dictionary<string, string[]>
    {
        ["toilet"] = ["toilet"],
        ["collection_point"] = ["collection_point", "garbage_room", "transfer_station"],
    };

    static readonly string AreaSql = """
        WITH mine AS MATERIALIZED (
          SELECT a.id, a.geom FROM zones.asset a
          WHERE a.township_code = @township AND a.kind = ANY(@kinds) AND a.status = 'good' AND a.retired_at IS NULL
        ), area AS (
          SELECT ST_Collect(geom) AS g FROM mine WHERE @network
        )
        """ + WalkingReach.Ctes + """
        , walk AS (
          SELECT asset_id, ST_Transform(ST_Union(g), 4326) AS g FROM walk_land GROUP BY asset_id
        )
        SELECT m.id, CASE WHEN w.g IS NULL THEN 'straight_line' ELSE 'network' END,
               coalesce(w.g, ST_Buffer(m.geom::geography, @radius, 'quad_segs=16')::geometry)
        FROM mine m LEFT JOIN walk w ON w.asset_id = m.id
        ORDER BY m.id
        """;

    /// <summary>
    /// The areas of every working asset of <paramref name="kind"/> (toilet, collection_point) in the township,
    /// by <paramref name="method"/> (null = the township's reachMethod setting).
    /// </summary>
    /// <exception cref="AnalysisLaneException">The lane stayed full too long, or the statement timed out.</exception>
    public async Task<IReadOnlyList<ReachArea>> AreasAsync(string townshipCode, string kind, string? method, CancellationToken ct)
    {
        var settings = await gaps.SettingsAsync(townshipCode, ct);
        var network = (method ?? settings.ReachMethod) == ReachMethods.Network;
        var radius = kind == "toilet" ? settings.ToiletRadiusM : settings.CollectionRadiusM;
        return await lane.RunAsync<IReadOnlyList<ReachArea>>(async conn =>
        {
            await using var cmd = new NpgsqlCommand(AreaSql, conn);
            cmd.Parameters.AddRange(new NpgsqlParameter[] { P("township", townshipCode), P("kinds", AssetKinds[kind]), P("network", network),
                                                            P("radius", radius), P("access", settings.NetworkAccessM) });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var areas = new List<ReachArea>();
            while (await reader.ReadAsync(ct))
                areas.Add(new ReachArea(reader.GetInt64(0), reader.GetString(1), radius, reader.Geometry(2)));
            return areas;
        }, ct);
    }
}
