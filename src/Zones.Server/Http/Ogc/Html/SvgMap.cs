using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Zones.Server.Http.Ogc.Html;

/// <summary>One shape on a <see cref="SvgMap"/>: a GeoJSON geometry, where a click leads, what a hover says.</summary>
sealed record SvgShape(JsonElement Geometry, string? Href, string Title);

/// <summary>
/// A small map of GeoJSON geometries as inline SVG on a light background: polygons filled,
/// lines stroked, points as dots, each a link to its feature. No tiles, no script, so it works
/// offline and under the CSP. Longitude/latitude are drawn in a plate carrée stretched by
/// cos(latitude) at the centre, true to shape at a township's size; projected coordinates
/// (<c>crs</c> in metres) are drawn as they are.
/// </summary>
static class SvgMap
{
    const double Size = 1000; // the longer side, in viewBox units

    /// <summary>The SVG, or null when no shape has coordinates.</summary>
    /// <param name="swapAxes">Positions are (latitude, longitude) or (northing, easting), as <c>crs=EPSG:4326</c> gives them.</param>
    public static string? Render(IReadOnlyList<SvgShape> shapes, string label, bool swapAxes = false)
    {
        var points = shapes.SelectMany(s => Positions(s.Geometry)).Select(p => swapAxes ? (X: p.Y, Y: p.X) : p).ToList();
        if (points.Count == 0)
            return null;
        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = (points.Min(p => p.Y), points.Max(p => p.Y));
        var degrees = minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
        var stretch = degrees ? Math.Cos((minY + maxY) / 2 * Math.PI / 180) : 1;
        // A lone point (or a row of them) still gets a frame: ~200 m around it, or 5 % of the spread.
        var pad = Math.Max(Math.Max((maxX - minX) * stretch, maxY - minY) * 0.05, degrees ? 0.002 : 200);
        var (x0, y1) = (minX - pad / stretch, maxY + pad);
        var width = (maxX - minX) * stretch + 2 * pad;
        var height = maxY - minY + 2 * pad;
        var scale = Size / Math.Max(width, height);
        Func<double, double, (double, double)> east = (x, y) => ((x - x0) * stretch * scale, (y1 - y) * scale);
        var project = swapAxes ? (a, b) => east(b, a) : east;

        // A few dots are drawn large enough to find; a page of a hundred small enough not to merge.
        var radius = points.Count <= 10 ? Size / 60 : Size / 160;
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(width * scale)} {N(height * scale)}\" role=\"img\" aria-label=\"{HtmlPage.Esc(label)}\">");
        foreach (var shape in shapes)
        {
            var body = Shape(shape.Geometry, project, radius);
            if (body.Length == 0)
                continue;
            var title = $"<title>{HtmlPage.Esc(shape.Title)}</title>";
            svg.Append(shape.Href is null ? $"<g>{title}{body}</g>" : $"<a href=\"{HtmlPage.Esc(shape.Href)}\">{title}{body}</a>");
        }
        return svg.Append("</svg>").ToString();
    }

    static string Shape(JsonElement g, Func<double, double, (double, double)> project, double radius)
    {
        if (g.ValueKind != JsonValueKind.Object || !g.TryGetProperty("type", out var type))
            return "";
        if (type.GetString() == "GeometryCollection" && g.TryGetProperty("geometries", out var parts))
            return string.Concat(parts.EnumerateArray().Select(p => Shape(p, project, radius)));
        if (!g.TryGetProperty("coordinates", out var c))
            return "";
        return type.GetString() switch
        {
            "Point" => Dot(c, project, radius),
            "MultiPoint" => string.Concat(c.EnumerateArray().Select(p => Dot(p, project, radius))),
            "LineString" => Line(Path(c, project, close: false)),
            "MultiLineString" => Line(string.Concat(c.EnumerateArray().Select(l => Path(l, project, close: false)))),
            "Polygon" => Area(string.Concat(c.EnumerateArray().Select(r => Path(r, project, close: true)))),
            "MultiPolygon" => Area(string.Concat(c.EnumerateArray().SelectMany(p => p.EnumerateArray()).Select(r => Path(r, project, close: true)))),
            _ => "",
        };
    }

    static string Dot(JsonElement p, Func<double, double, (double, double)> project, double radius)
    {
        var (x, y) = project(p[0].GetDouble(), p[1].GetDouble());
        return $"<circle cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(radius)}\" fill=\"#ea580c\" stroke=\"#fff\" stroke-width=\"1\" vector-effect=\"non-scaling-stroke\"/>";
    }

    static string Line(string d) =>
        $"<path d=\"{d}\" fill=\"none\" stroke=\"#334155\" stroke-width=\"2\" stroke-linecap=\"round\" vector-effect=\"non-scaling-stroke\"/>";

    // evenodd: the holes of a polygon stay open.
    static string Area(string d) =>
        $"<path d=\"{d}\" fill=\"rgba(29,78,216,0.14)\" fill-rule=\"evenodd\" stroke=\"#1d4ed8\" stroke-width=\"1.5\" vector-effect=\"non-scaling-stroke\"/>";

    static string Path(JsonElement positions, Func<double, double, (double, double)> project, bool close)
    {
        var d = new StringBuilder();
        foreach (var p in positions.EnumerateArray())
        {
            var (x, y) = project(p[0].GetDouble(), p[1].GetDouble());
            d.Append(d.Length == 0 ? 'M' : 'L').Append(N(x)).Append(' ').Append(N(y));
        }
        return close && d.Length > 0 ? d.Append('Z').ToString() : d.ToString();
    }

    /// <summary>Every position of a geometry (any type, nested to any depth).</summary>
    static IEnumerable<(double X, double Y)> Positions(JsonElement g)
    {
        if (g.ValueKind != JsonValueKind.Object)
            return [];
        if (g.TryGetProperty("geometries", out var parts))
            return parts.EnumerateArray().SelectMany(Positions);
        return g.TryGetProperty("coordinates", out var c) ? Flatten(c) : [];
    }

    static IEnumerable<(double X, double Y)> Flatten(JsonElement c)
    {
        if (c.ValueKind != JsonValueKind.Array || c.GetArrayLength() == 0)
            yield break;
        if (c[0].ValueKind == JsonValueKind.Number)
        {
            yield return (c[0].GetDouble(), c[1].GetDouble());
            yield break;
        }
        foreach (var inner in c.EnumerateArray())
            foreach (var p in Flatten(inner))
                yield return p;
    }

    static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
