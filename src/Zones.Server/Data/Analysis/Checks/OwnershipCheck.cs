using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Transfer;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 责任主体唯一 (DOMAIN.md §4.2, §5.2): zones below the township and the road segments that need a
/// 包联 department, with no primary assignment in force now. Both read the assignment index
/// (target_kind, target_id, valid_from) once per target.
/// </summary>
public sealed class OwnershipCheck : ICoverageCheck, ITimeDependentCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.ZoneWithoutOwner, GapKinds.RoadWithoutOwner];

    // Since = when the last primary owner's term ended (null when the target never had one).
    const string LastPrimary = """
        SELECT a.valid_to FROM zones.assignment a
        WHERE a.target_kind = {0} AND a.target_id = {1} AND a.is_primary AND a.valid_to <= now()
        ORDER BY a.valid_to DESC LIMIT 1
        """;

    // The primary in force now (zones.primary_assignment, migration 0010).
    const string InForce = "SELECT 1 FROM zones.primary_assignment({0}, {1}, now())";

    static readonly string ZoneSql = $"""
        SELECT z.id, z.name, z.level, z.geom, ST_Area(z.geom::geography), ({string.Format(LastPrimary, "'zone'", "z.id")})
        FROM zones.zone z
        WHERE z.township_code = @township AND z.valid_to IS NULL AND z.level IN ('area', 'village', 'group')
          AND NOT EXISTS ({string.Format(InForce, "'zone'", "z.id")})
          AND {GapScope.InSubtree("z.id")}
        """;

    // A road is in the asked zone when it runs inside it or along its edge, not when it only ends there.
    static readonly string RoadSql = $"""
        SELECT r.id, r.name, r.code, r.class, r.geom, r.length_m, ({string.Format(LastPrimary, "'road'", "r.id")})
        FROM zones.road r
        WHERE r.township_code = @township AND r.retired_at IS NULL AND r.class = ANY(@classes)
          AND NOT EXISTS ({string.Format(InForce, "'road'", "r.id")})
          AND (@zone_id IS NULL OR EXISTS (SELECT 1 FROM zones.zone sz WHERE sz.id = @zone_id AND r.geom && sz.geom
                                           AND (ST_Relate(r.geom, sz.geom, 'T********') OR ST_Relate(r.geom, sz.geom, '*1*******'))))
        """;

    // A primary assignment starts or ends: "in force now" and "the last one ended" change at that moment.
    const string ChangesAtSql = """
        SELECT min(t) FROM zones.assignment a, LATERAL (VALUES (a.valid_from), (a.valid_to)) v (t)
        WHERE a.township_code = @township AND a.is_primary AND v.t > now()
        """;

    public Task<DateTimeOffset?> ChangesAtAsync(NpgsqlConnection conn, string townshipCode, CancellationToken ct) =>
        MomentAsync(conn, ChangesAtSql, townshipCode, ct);

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var gaps = new List<CoverageGap>();
        if (wanted.Contains(GapKinds.ZoneWithoutOwner))
            gaps.AddRange(await ReadAsync(conn, ZoneSql, townshipCode, zoneId, [], r =>
            {
                var since = r.Nullable<DateTimeOffset>(5);
                return new CoverageGap
                {
                    Kind = GapKinds.ZoneWithoutOwner, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(3)!,
                    AreaM2 = r.GetDouble(4), ZoneId = r.GetInt64(0), Since = since,
                    Description = $"{CodeLists.ZoneLevel.Label(r.GetString(2))}「{r.GetString(1)}」没有在任的主要责任人" +
                                  (since is { } s ? $"（上一任于 {Say.Time(s)} 卸任）" : "") + "，请指定责任主体",
                };
            }, ct));
        if (wanted.Contains(GapKinds.RoadWithoutOwner))
            gaps.AddRange(await ReadAsync(conn, RoadSql, townshipCode, zoneId, [P("classes", settings.RoadOwnerClasses.ToArray())], r =>
            {
                var since = r.Nullable<DateTimeOffset>(6);
                return new CoverageGap
                {
                    Kind = GapKinds.RoadWithoutOwner, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(4)!,
                    LengthM = r.GetDouble(5), RoadId = r.GetInt64(0), Since = since,
                    Description = $"{CodeLists.RoadClass.Label(r.GetString(3))}「{r.GetString(1)}」（{r.GetString(2)}，{Whole(r.GetDouble(5))} 米）没有包联部门，请指定",
                };
            }, ct));
        return gaps;
    }
}
