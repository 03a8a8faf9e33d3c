using NetTopologySuite.Geometries;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Query;

/// <summary>
/// Where a row's geometry must be: inside or touching a geometry, inside a stored zone, inside a
/// lon/lat box, or within a distance of a point. All given parts must hold (AND). Geometries are
/// WGS84 (the API converts other CRSs before).
/// </summary>
public sealed record SpatialFilter(
    Geometry? Within = null,
    Geometry? Intersects = null,
    long? ZoneId = null,
    Envelope? Box = null,
    Point? Near = null,
    double? WithinMeters = null)
{
    // Every fragment tests the indexed column against a value in its own SRID (4326), so the
    // GiST index on geom answers; the distance test casts both to geography, answered by the
    // functional geography index (migration 0005) — metres, not degrees.
    const string WithinSql = "ST_Within(t.geom, {0})";
    const string IntersectsSql = "ST_Intersects(t.geom, {0})";
    // Rows of the zone's own township only: rows are already limited to the readable townships, and
    // a zone of another township must not serve as a probe of its outline. Both subqueries are
    // uncorrelated (run once), so the GiST index on t.geom still answers.
    const string ZoneSql = "ST_Intersects(t.geom, (SELECT z.geom FROM zones.zone z WHERE z.id = {0})) " +
                           "AND t.township_code = (SELECT z.township_code FROM zones.zone z WHERE z.id = {0})";
    const string BoxSql = "ST_Intersects(t.geom, ST_MakeEnvelope({0}, {1}, {2}, {3}, 4326))";
    const string NearSql = "ST_DWithin(t.geom::geography, {0}::geography, {1})";

    public bool IsEmpty => Within is null && Intersects is null && ZoneId is null && Box is null && Near is null;

    public void AppendTo(SqlWhere where)
    {
        where.Costly |= Within is not null || Intersects is not null || ZoneId is not null || Box is not null || WithinMeters is not null;
        if (Within is not null)
            where.Add(WithinSql, Sql.Geom(Within));
        if (Intersects is not null)
            where.Add(IntersectsSql, Sql.Geom(Intersects));
        if (ZoneId is { } zone)
            where.Add(ZoneSql, Sql.P(zone));
        if (Box is { } b)
            where.Add(BoxSql, Sql.P(b.MinX), Sql.P(b.MinY), Sql.P(b.MaxX), Sql.P(b.MaxY));
        if (Near is not null && WithinMeters is { } meters)
            where.Add(NearSql, Sql.Geom(Near), Sql.P(meters));
    }
}
