using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Generation;

/// <summary>Places (村委会, 集市, schools, bus stops, square, park, dwellings) and the 建成区 polygons.</summary>
internal sealed class PlaceBuilder(Township t, VillageLayout layout, RoadNetwork net, Rng rng)
{
    public string Stem => t.Name[..^1];

    public Coordinate At((double X, double Y) p) => layout.Rot(p.X, p.Y);

    public void AddPlaces()
    {
        foreach (var v in layout.Villages.OrderBy(v => v.Code, StringComparer.Ordinal))
            t.Places.Add(new Place("village_committee", v.Name + (v.IsCommunity ? "居委会" : "村委会"), null, v.Committee));
        t.Places.Add(new Place("market", Stem + "农贸市场", null, At(TownTemplate.Market)));
        t.Places.Add(new Place("school", t.Name + "中心小学", null, At(TownTemplate.PrimarySchool)));
        t.Places.Add(new Place("school", t.Name + "初级中学", null, At(TownTemplate.MiddleSchool)));
        t.Places.Add(new Place("school", t.Name + "中心幼儿园", null, At(TownTemplate.Kindergarten)));
        t.Places.Add(new Place("bus_stop", Stem + "汽车站", null, At(TownTemplate.BusStation)));
        t.Places.Add(new Place("bus_stop", "人民路站", null, At((-260, 24))));
        t.Places.Add(new Place("bus_stop", "新华路口站", null, At((545, -5))));
        foreach (var (v, junction, target) in net.Junctions.Where(j => j.Target.Class is "highway" || j.Target.Class == "secondary" && !j.Target.InTown))
            t.Places.Add(new Place("bus_stop", v.Stem + "路口站", null, new Coordinate(junction.X + 14, junction.Y + 10)));
        t.Places.Add(new Place("square", Stem + "文化广场", null, At(TownTemplate.Square)));
        t.Places.Add(new Place("park", Stem + "溪畔公园", null, At(TownTemplate.Park)));
        foreach (var v in layout.Villages.OrderBy(v => v.Code, StringComparer.Ordinal))
            foreach (var h in v.Hamlets)
                t.Places.Add(new Place("dwelling", v.IsCommunity ? h.Name : v.Name + h.Name, h.Households, h.Position));
        // Planted (issue #12): across the creek from a toilet, last so that no other place moves.
        t.Plants.CreekDwelling = new Place("dwelling", TownTemplate.CreekDwellingName, TownTemplate.CreekDwellingHouseholds, At(TownTemplate.CreekDwelling));
        t.Places.Add(t.Plants.CreekDwelling);
    }

    /// <summary>镇区 (an irregular oval round the town grid) and a small 工业功能区 by the 过境公路.</summary>
    public void AddBuiltUp()
    {
        var (rx, ry) = TownTemplate.BuiltUpRadii;
        AddBuiltUp(t.Name + "镇区", Oval(rng.Fork("town"), (0, 0), rx, ry, 40, 0.06));
        AddBuiltUp(Stem + "工业功能区", Oval(rng.Fork("industry"), TownTemplate.IndustrialCentre, 380, 250, 16, 0.08));
    }

    private void AddBuiltUp(string name, Polygon metres)
    {
        var deg = (Polygon)GeoFrame.Degrees.CreateGeometry(t.Frame.ToDegrees(metres));
        var snapped = NetTopologySuite.Precision.GeometryPrecisionReducer.Reduce(deg, GeoFrame.Grid);
        var multi = snapped as MultiPolygon ?? GeoFrame.Degrees.CreateMultiPolygon([(Polygon)snapped]);
        t.BuiltUp.Add(new BuiltUpArea(name, multi, t.Frame.ToMetres(multi)));
    }

    /// <summary>A star-shaped (hence simple) ring around a template centre.</summary>
    private Polygon Oval(Rng r, (double X, double Y) centre, double rx, double ry, int n, double noise)
    {
        var ring = new Coordinate[n + 1];
        for (var k = 0; k < n; k++)
        {
            var a = 2 * Math.PI * k / n;
            var f = 1 + r.Range(-noise, noise);
            ring[k] = At((centre.X + rx * f * Math.Cos(a), centre.Y + ry * f * Math.Sin(a)));
        }
        ring[n] = ring[0].Copy();
        return GeoFrame.Metres.CreatePolygon(ring);
    }
}
