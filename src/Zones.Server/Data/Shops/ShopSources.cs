using Zones.Server.Data.Query;

namespace Zones.Server.Data.Shops;

/// <summary>
/// Shops as list queries, loaders and the print read them: each row with its frontage from the one
/// rule (zones.shop_frontage, migration 0021), joined LATERAL so it is computed for the page's rows only.
/// </summary>
public static class ShopSources
{
    /// <summary>The FROM clause every reader of shops with their frontage uses (alias t: the shop, f: its frontage).</summary>
    public const string FromWithFrontage = """
        zones.shop t
        LEFT JOIN LATERAL zones.shop_frontage(t.township_code, t.geom, t.frontage_m) f ON true
        """;

    public static readonly ListSource<ShopRow> Shops = new(
        FromWithFrontage, "t.retired_at IS NULL",
        "t.id, t.township_code, t.code, t.name, t.address, t.keeper_name, t.phone, t.retired_at, t.geom, f.road_id, f.geom, f.length_m",
        r => new ShopRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Text(4), r.Text(5), r.Text(6),
                         r.TimeOrNull(7), r.Geometry(8), r.Long(9), r.GeometryOrNull(10), r.Nullable<double>(11)),
        new Dictionary<string, SortKey>
        {
            ["id"] = SortKey.Id,
            ["code"] = new("t.code", "text"),
            ["name"] = new("t.name", "text"),
            ["distance"] = SortKey.Distance,
        });
}
