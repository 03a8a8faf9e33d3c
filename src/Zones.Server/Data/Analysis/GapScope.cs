namespace Zones.Server.Data.Analysis;

/// <summary>
/// SQL fragments that make "within the asked zone" mean the same thing in every check. Checks bind
/// <c>@township</c> (text) and <c>@zone_id</c> (bigint, null = the whole township).
/// </summary>
public static class GapScope
{
    /// <summary>True when <paramref name="geom"/> (a WGS84 column) touches the scope zone; always true without one.</summary>
    public static string Touches(string geom) =>
        $"(@zone_id IS NULL OR ST_Intersects({geom}, (SELECT sz.geom FROM zones.zone sz WHERE sz.id = @zone_id)))";

    /// <summary>
    /// True when <paramref name="geom"/> shares interior with the scope zone (always without one): a gap
    /// that only touches the asked zone's edge, like land between two villages, lies outside it.
    /// </summary>
    public static string SharesInterior(string geom) =>
        $"(@zone_id IS NULL OR EXISTS (SELECT 1 FROM zones.zone sz WHERE sz.id = @zone_id AND ST_Intersects({geom}, sz.geom) AND NOT ST_Touches({geom}, sz.geom)))";

    /// <summary>True when zone id <paramref name="zoneId"/> is the scope zone or one of its current descendants; always true without one.</summary>
    public static string InSubtree(string zoneId) =>
        $"(@zone_id IS NULL OR {zoneId} IN (WITH RECURSIVE s AS (SELECT id FROM zones.zone WHERE id = @zone_id " +
        $"UNION ALL SELECT c.id FROM zones.zone c JOIN s ON c.parent_id = s.id WHERE c.valid_to IS NULL) SELECT id FROM s))";
}
