using Npgsql;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Transfer;
using static Zones.Server.Data.Analysis.Checks.CheckQuery;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis.Checks;

/// <summary>
/// 一物一档 (DOMAIN.md §5.2 "Toilet without maintainer", extended to every asset): assets nobody
/// maintains, and assets that are broken, dark or gone, with how long they have been so.
/// </summary>
public sealed partial class AssetCheck : ICoverageCheck, IAgingCheck
{
    public IReadOnlyList<string> Kinds { get; } = [GapKinds.AssetWithoutMaintainer, GapKinds.AssetOutOfService];

    // An abandoned (废弃) asset is waiting for removal, not for a maintainer. Since = when a retired
    // maintainer left; unknown when the field was never filled.
    static readonly string WithoutMaintainerSql = $"""
        SELECT a.id, a.kind, a.identifier, a.name, a.geom, u.name, u.retired_at
        FROM zones.asset a
        LEFT JOIN zones.unit u ON u.id = a.maintainer_unit_id
        WHERE a.township_code = @township AND a.retired_at IS NULL AND a.status <> 'abandoned'
          AND (u.id IS NULL OR u.retired_at IS NOT NULL)
          AND {GapScope.Touches("a.geom")}
        """;

    // Count = whole days in that status (a lamp dark since yesterday morning: 1).
    static readonly string OutOfServiceSql = $"""
        SELECT a.id, a.kind, a.identifier, a.name, a.geom, a.status, a.status_since,
               floor(extract(epoch FROM now() - a.status_since) / 86400)::int
        FROM zones.asset a
        WHERE a.township_code = @township AND a.retired_at IS NULL AND a.status IN ('damaged', 'unlit', 'lost')
          AND {GapScope.Touches("a.geom")}
        """;

    /// <summary>Days out of service as OutOfServiceSql counts them at <paramref name="now"/>: Count and the "已 N 天" of the description.</summary>
    public CoverageGap AsOf(CoverageGap gap, DateTimeOffset now)
    {
        if (gap.Kind != GapKinds.AssetOutOfService || gap.Since is not { } since)
            return gap;
        var days = (int)Math.Floor((now - since).TotalSeconds / 86400);
        return days == gap.Count ? gap : gap with { Count = days, Description = DaysSaid().Replace(gap.Description, $"已 {days} 天", 1) };
    }

    [System.Text.RegularExpressions.GeneratedRegex("已 -?[0-9]+ 天")]
    private static partial System.Text.RegularExpressions.Regex DaysSaid();

    public async Task<IReadOnlyList<CoverageGap>> FindAsync(NpgsqlConnection conn, string townshipCode, long? zoneId,
                                                            AnalysisSettings settings, IReadOnlySet<string> wanted, CancellationToken ct)
    {
        var gaps = new List<CoverageGap>();
        if (wanted.Contains(GapKinds.AssetWithoutMaintainer))
            gaps.AddRange(await ReadAsync(conn, WithoutMaintainerSql, townshipCode, zoneId, [], r =>
            {
                var retired = r.Text(5);
                return new CoverageGap
                {
                    Kind = GapKinds.AssetWithoutMaintainer, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(4)!,
                    AssetId = r.GetInt64(0), Since = r.Nullable<DateTimeOffset>(6),
                    Description = $"{Asset(r)}" + (retired is null ? "没有管护单位" : $"的管护单位「{retired}」已撤销") + "，请指定管护单位",
                };
            }, ct));
        if (wanted.Contains(GapKinds.AssetOutOfService))
            gaps.AddRange(await ReadAsync(conn, OutOfServiceSql, townshipCode, zoneId, [], r => new CoverageGap
            {
                Kind = GapKinds.AssetOutOfService, TownshipCode = townshipCode, Geometry = r.GeometryOrNull(4)!,
                AssetId = r.GetInt64(0), Since = r.GetFieldValue<DateTimeOffset>(6), Count = r.GetInt32(7),
                Description = $"{Asset(r)}{CodeLists.AssetStatus.Label(r.GetString(5))}已 {r.GetInt32(7)} 天（自 {Say.Time(r.GetFieldValue<DateTimeOffset>(6))}）",
            }, ct));
        return gaps;
    }

    // "公厕 3305220301000024「施家村公厕」": kind, identifier and name when there is one (columns 1–3).
    static string Asset(NpgsqlDataReader r) =>
        $"{CodeLists.AssetKind.Label(r.GetString(1))} {r.GetString(2)}" + (r.Text(3) is { } name ? $"「{name}」" : "");
}
