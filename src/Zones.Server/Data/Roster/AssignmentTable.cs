using Zones.Server.Data.Editing;
using Zones.Server.Data.Ownership;
using Zones.Server.Data.Query;

namespace Zones.Server.Data.Roster;

/// <summary>What the 包联 table lists: one township's assignments, filtered.</summary>
/// <param name="OwnerSearch">Part of the owner's name or phone.</param>
/// <param name="TargetSearch">Part of the target's name (or an asset's identifier).</param>
/// <param name="ActiveOnly">Only assignments in force now.</param>
public sealed record AssignmentFilter(string TownshipCode, TargetKind? TargetKind, string? OwnerSearch, string? TargetSearch, bool ActiveOnly);

/// <summary>
/// The 包联 table (管理 → 包联表): one township's assignments as rows with target and owner names,
/// keyset-paged by id through <see cref="ListQuery"/>. The township and kind lead the index
/// <c>assignment_table_idx</c> (migration 0014); the name searches run over that township's rows.
/// </summary>
public static class AssignmentTable
{
    public static readonly ListSource<AssignmentRecord> Source = new(
        """
        zones.assignment t
        LEFT JOIN zones.zone z ON z.id = t.zone_id
        LEFT JOIN zones.road r ON r.id = t.road_id
        LEFT JOIN zones.asset s ON s.township_code = t.township_code AND s.id = t.asset_id
        LEFT JOIN zones.shop h ON h.id = t.shop_id
        LEFT JOIN zones.person p ON p.id = t.person_id
        LEFT JOIN zones.unit u ON u.id = t.unit_id
        """,
        "true",
        """
        t.id, t.township_code, t.target_kind, t.target_id, coalesce(z.name, r.name, s.name, s.identifier, h.name),
        CASE WHEN t.person_id IS NOT NULL THEN 'person' ELSE 'unit' END, coalesce(t.person_id, t.unit_id),
        coalesce(p.name, u.name), coalesce(p.phone, u.phone), t.role, t.is_primary, t.valid_from, t.valid_to, t.note
        """,
        r => OwnershipService.Read(r, 0),
        new Dictionary<string, SortKey> { ["id"] = SortKey.Id });

    /// <summary>The WHERE of <paramref name="filter"/>; LIKE wildcards typed by the clerk are matched literally.</summary>
    public static SqlWhere Where(AssignmentFilter filter)
    {
        var where = new SqlWhere().Add("t.township_code = {0}", Sql.P(filter.TownshipCode));
        if (filter.TargetKind is { } kind)
            where.Add("t.target_kind = {0}", Sql.P(DbCodes.Code(kind)));
        if (Pattern(filter.OwnerSearch) is { } owner)
            where.Add("(coalesce(p.name, u.name) ILIKE {0} OR coalesce(p.phone, u.phone) LIKE {0})", Sql.P(owner));
        if (Pattern(filter.TargetSearch) is { } target)
            where.Add("coalesce(z.name, r.name, s.name, s.identifier, h.name) ILIKE {0}", Sql.P(target));
        if (filter.ActiveOnly)
            where.Add("t.valid_from <= now() AND (t.valid_to IS NULL OR t.valid_to > now())");
        return where;
    }

    static string? Pattern(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : "%" + text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
}
