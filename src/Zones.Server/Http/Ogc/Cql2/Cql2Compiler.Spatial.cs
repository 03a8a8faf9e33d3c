using NetTopologySuite.Geometries;
using Zones.Server.Data;

namespace Zones.Server.Http.Ogc.Cql2;

/// <summary>Spatial predicates: PostGIS functions of <c>t.geom</c> and geometry literals moved into SRID 4326.</summary>
sealed partial class Cql2Compiler
{
    const int StorageSrid = 4326;

    // Metres per degree of latitude, a little under the smallest (110 574 m at the equator), and of
    // longitude at the equator, a little over: the box around a literal never misses a point in reach.
    const double MetresPerDegreeLat = 110_000;
    const double MetresPerDegreeLon = 111_320;

    static readonly Dictionary<string, string> SpatialFunctions = new()
    {
        ["s_intersects"] = "ST_Intersects", ["s_equals"] = "ST_Equals", ["s_disjoint"] = "ST_Disjoint",
        ["s_touches"] = "ST_Touches", ["s_within"] = "ST_Within", ["s_overlaps"] = "ST_Overlaps",
        ["s_crosses"] = "ST_Crosses", ["s_contains"] = "ST_Contains",
    };

    string Spatial(Cql2Spatial s)
    {
        var (a, b) = (Geometry(s.Left, s), Geometry(s.Right, s));
        return $"{SpatialFunctions[s.Op]}({a.Sql}, {b.Sql})";
    }

    // ST_DWithin on geography measures metres on the spheroid; the functional geography indexes (0005)
    // answer it on roads, assets and complaints, and the && box on t.geom answers it everywhere.
    string Distance(Cql2Distance d)
    {
        var (a, b) = (Geometry(d.Left, d), Geometry(d.Right, d));
        if (d.Metres is Cql2Number { Value: < 0 })
            throw Cql2Exception.At(d.Metres.Position, "距离不能为负数", "the distance must not be negative");
        var metres = Operand(d.Metres);
        if (metres.Type != Cql2Type.Number)
            throw Cql2Exception.At(d.Metres.Position, "S_DWITHIN 的第三个参数应为距离（米，数字）", "the third argument of S_DWITHIN must be a distance in metres (a number)");
        var within = $"ST_DWithin({a.Sql}::geography, {b.Sql}::geography, {metres.Sql}::float8)";
        var (column, literal) = a.Property is not null && b.Property is null ? (a.Sql, b.Sql)
            : b.Property is not null && a.Property is null ? (b.Sql, a.Sql) : (null, null);
        if (column is null)
            return within;
        var dLat = $"({metres.Sql}::float8 / {MetresPerDegreeLat})";
        var dLon = $"({metres.Sql}::float8 / ({MetresPerDegreeLon} * cos(radians(least(89.9, greatest(abs(ST_YMin({literal})), abs(ST_YMax({literal}))) + {dLat})))))";
        return $"({column} && ST_Expand({literal}, {dLon} * 1.01, {dLat} * 1.01) AND {within})";
    }

    Cql2Value Geometry(Cql2Expression e, Cql2Expression function)
    {
        var v = Operand(e);
        return v.Type == Cql2Type.Geometry
            ? v
            : throw Cql2Exception.At(e.Position ?? function.Position, $"空间函数的参数应为几何（geometry 属性或 POINT(…)、BBOX(…) 等），这里是{Cql2Types.Name(v.Type).Zh}",
                $"the arguments of a spatial function must be geometries (the geometry property, POINT(…), BBOX(…) …), not {Cql2Types.Name(v.Type).En}");
    }

    /// <summary>A literal as written in filter-crs: axes put in x/y order, SRID set, moved to 4326 by PostGIS.</summary>
    string Geometry(Cql2Geometry g)
    {
        var geometry = g.Value.Copy();
        if (crs.SwapsAxes)
            geometry.Apply(new SwapAxes());
        geometry.SRID = crs.Srid;
        var p = Bind(Sql.P(geometry));
        return crs.Srid == StorageSrid ? p : $"ST_Transform({p}, {StorageSrid})";
    }

    sealed class SwapAxes : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var x = seq.GetX(i);
                seq.SetX(i, seq.GetY(i));
                seq.SetY(i, x);
            }
        }
    }
}
