using System.Text;
using NetTopologySuite.Geometries;
using Zones.DemoData.Core;
using Zones.DemoData.Model;

namespace Zones.DemoData.Output;

/// <summary>Writes one township folder in the layout the loader reads (everything but the complaint files).</summary>
internal static class TownshipWriter
{
    public static void Write(Township t, string dir)
    {
        Directory.CreateDirectory(dir);
        WriteTownshipJson(t, Path.Combine(dir, "township.json"));
        using (var w = new GeoJsonWriter(Path.Combine(dir, "zones.geojson")))
            foreach (var z in t.Zones)
                w.Feature(z.Degrees, ("code", z.Code), ("name", z.Name), ("level", z.Level), ("parent_code", z.ParentCode), ("status", "published"));
        using (var w = new GeoJsonWriter(Path.Combine(dir, "built_up.geojson")))
            foreach (var b in t.BuiltUp) w.Feature(b.Degrees, ("name", b.Name));
        using (var w = new GeoJsonWriter(Path.Combine(dir, "roads.geojson")))
            foreach (var r in t.Roads) w.Feature(r.Degrees, ("code", r.Code), ("name", r.Name), ("class", r.Class));
        using (var w = new CsvWriter(Path.Combine(dir, "units.csv"), "code", "name", "kind", "phone", "parent_code"))
            foreach (var u in t.Units) w.Row(u.Code, u.Name, u.Kind, u.Phone, u.ParentCode);
        using (var w = new CsvWriter(Path.Combine(dir, "people.csv"), "code", "name", "title", "phone", "unit_code"))
            foreach (var p in t.People) w.Row(p.Code, p.Name, p.Title, p.Phone, p.UnitCode);
        using (var w = new GeoJsonWriter(Path.Combine(dir, "shops.geojson")))
            foreach (var s in t.Shops)
                w.Feature(Point(t, s.Metres), ("code", s.Code), ("name", s.Name), ("address", s.Address), ("keeper_name", s.KeeperName), ("phone", s.Phone));
        using (var w = new GeoJsonWriter(Path.Combine(dir, "places.geojson")))
            foreach (var p in t.Places) w.Feature(Point(t, p.Metres), ("kind", p.Kind), ("name", p.Name), ("households", p.Households));
        WriteAssets(t, Path.Combine(dir, "assets.geojson"));
        using (var w = new CsvWriter(Path.Combine(dir, "assignments.csv"),
                   "target_kind", "target_code", "owner_kind", "owner_code", "role", "is_primary", "valid_from", "valid_to", "note"))
            foreach (var a in t.Assignments)
                w.Row(a.TargetKind, a.TargetCode, a.OwnerKind, a.OwnerCode, a.Role, a.IsPrimary ? "true" : "false",
                    Fmt.Ts(a.ValidFrom), Fmt.Ts(a.ValidTo), a.Note);
    }

    public static Point Point(Township t, Coordinate metres) => GeoFrame.Degrees.CreatePoint(t.Frame.ToGrid(metres));

    private static void WriteAssets(Township t, string path)
    {
        using var w = new GeoJsonWriter(path);
        foreach (var a in t.Assets)
            w.Feature(Point(t, a.Metres),
                ("identifier", a.Identifier), ("kind", a.Kind), ("subtype", a.Subtype), ("class_code", a.ClassCode), ("name", a.Name),
                ("status", a.Status), ("status_since", a.StatusSince is { } s ? Fmt.Ts(s) : null),
                ("maintainer_unit_code", a.MaintainerUnitCode), ("owner_unit_code", a.OwnerUnitCode), ("road_code", a.RoadCode),
                ("install_date", Fmt.Date(a.InstallDate)), ("attributes", a.Attributes));
    }

    private static void WriteTownshipJson(Township t, string path)
    {
        var centre = t.Frame.ToGrid(new Coordinate(0, 0));
        var sb = new StringBuilder("{");
        void Member(string key, string value, bool last = false)
        {
            sb.Append("\n  ");
            Json.String(sb, key);
            sb.Append(": ").Append(value).Append(last ? "\n" : ",");
        }
        string Str(string s) { var b = new StringBuilder(); Json.String(b, s); return b.ToString(); }
        Member("division_code", Str(t.DivisionCode));
        Member("county_code", Str(t.CountyCode));
        Member("name", Str(t.Name));
        Member("county_name", Str(t.CountyName));
        Member("province_name", Str(t.ProvinceName));
        Member("reference_time", Str(Fmt.Ts(t.Reference)));
        Member("center", "[" + Fmt.Coord(centre.X) + ", " + Fmt.Coord(centre.Y) + "]", last: true);
        sb.Append("}\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
