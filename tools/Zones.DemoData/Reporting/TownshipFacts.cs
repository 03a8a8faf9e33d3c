using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Reporting;

/// <summary>Facts read back from the generated data (not from the generator's intentions).</summary>
internal sealed class TownshipFacts(Township t)
{
    public double AreaSquareMetres(Geometry degrees) => t.Frame.ToMetres(degrees).Area;

    /// <summary>Parts of each zone that none of its children cover (gaps), with their area in m².</summary>
    public IEnumerable<(Zone Parent, Geometry Gap)> Gaps()
    {
        foreach (var parent in t.Zones)
        {
            var children = t.Zones.Where(z => z.ParentCode == parent.Code).Select(z => (Geometry)z.Degrees).ToArray();
            if (children.Length == 0) continue;
            var union = UnaryUnionNG.Union(GeoFrame.Degrees.BuildGeometry(children), GeoFrame.Grid);
            var gap = OverlayNG.Overlay(parent.Degrees, union, SpatialFunction.Difference, GeoFrame.Grid);
            if (!gap.IsEmpty) yield return (parent, gap);
        }
    }

    /// <summary>Pairs of sibling zones whose interiors overlap.</summary>
    public IEnumerable<(Zone A, Zone B, Geometry Overlap)> Overlaps()
    {
        var zones = t.Zones;
        for (var i = 0; i < zones.Count; i++)
            for (var j = i + 1; j < zones.Count; j++)
            {
                if (zones[i].ParentCode == null || zones[i].ParentCode != zones[j].ParentCode) continue;
                if (!zones[i].Degrees.EnvelopeInternal.Intersects(zones[j].Degrees.EnvelopeInternal)) continue;
                var o = OverlayNG.Overlay(zones[i].Degrees, zones[j].Degrees, SpatialFunction.Intersection, GeoFrame.Grid);
                if (o.Area > 0) yield return (zones[i], zones[j], o);
            }
    }

    /// <summary>Targets of a kind with no primary assignment valid at the reference time.</summary>
    public IEnumerable<string> WithoutActivePrimary(string kind, IEnumerable<string> codes) =>
        codes.Where(c => !t.Assignments.Any(a => a.TargetKind == kind && a.TargetCode == c && a.IsPrimary
            && a.ValidFrom <= t.Reference && (a.ValidTo == null || a.ValidTo > t.Reference)));

    /// <summary>Primary rows closed at T followed by a primary row of the same target opening at T.</summary>
    public IEnumerable<(Assignment Old, Assignment New)> Handovers() =>
        from o in t.Assignments
        where o.IsPrimary && o.ValidTo != null
        from n in t.Assignments
        where n.IsPrimary && n.TargetKind == o.TargetKind && n.TargetCode == o.TargetCode && n.ValidFrom == o.ValidTo
        select (o, n);

    public IEnumerable<Zone> VillagesWithoutToilet() =>
        t.Zones.Where(z => z.Level == "village")
            .Where(z => !t.Assets.Any(a => a.Kind == "toilet" && z.Metres.Contains(GeoFrame.Metres.CreatePoint(a.Metres))));

    public IEnumerable<Asset> DryToiletsInBuiltUp() =>
        t.Assets.Where(a => a.Kind == "toilet" && a.Subtype == "dry"
            && t.BuiltUp.Any(b => b.Metres.Contains(GeoFrame.Metres.CreatePoint(a.Metres))));

    public string Person(string code) => t.People.FirstOrDefault(p => p.Code == code) is { } p ? $"{p.Name}（{p.Title}，{p.Code}）" : code;

    public string Owner(Assignment a) => a.OwnerKind == "person" ? Person(a.OwnerCode) : t.Units.First(u => u.Code == a.OwnerCode).Name + "（" + a.OwnerCode + "）";

    public string LonLat(Coordinate metres)
    {
        var d = t.Frame.ToGrid(metres);
        return Fmt.Coord(d.X) + ", " + Fmt.Coord(d.Y);
    }
}
