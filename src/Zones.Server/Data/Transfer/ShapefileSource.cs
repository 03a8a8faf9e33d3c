using System.Globalization;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Reads a zipped Esri Shapefile (.shp + .dbf, with .prj and .cpg when there) into a
/// <see cref="SourceTable"/>: one row per record (numbered from 1, as the attribute table counts),
/// one column per DBF field, the geometry as written. The CRS comes from the .prj
/// (<see cref="PrjCrs"/>), the text encoding from <see cref="DbfText"/>.
/// </summary>
static class ShapefileSource
{
    public static SourceTable? Read(ReadOnlyMemory<byte> content, string? declaredEncoding, string? layer, ImportLog log)
    {
        if (ZipFile.Open(content, log) is not { } zip)
            return null;
        var shps = zip.WithExtension(".shp").ToList();
        if (shps.Count == 0)
        {
            log.RejectFile("MISSING_SHP", $"压缩包里没有 .shp 文件（只有：{Listing(zip)}）：Shapefile 需要把同名的 .shp、.shx、.dbf、.prj 一起压缩",
                           $"the zip holds no .shp file (only: {Listing(zip)}): zip the .shp, .shx, .dbf and .prj of the layer together");
            return null;
        }
        var layers = shps.Select(LayerName).ToList();
        var index = layer is null ? 0 : layers.FindIndex(l => string.Equals(l, layer, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            log.RejectFile("UNKNOWN_LAYER", $"压缩包里没有图层“{layer}”；有：{string.Join("、", layers)}",
                           $"the zip has no layer \"{layer}\"; it has: {string.Join(", ", layers)}");
            return null;
        }
        var shp = shps[index];
        if (zip.Sibling(shp, ".dbf") is not { } dbf)
        {
            log.RejectFile("MISSING_DBF", $"缺少属性表 {LayerName(shp)}.dbf：请把它和 .shp 一起压缩", $"{LayerName(shp)}.dbf is missing: zip it with the .shp");
            return null;
        }
        if (!Crs(zip.Sibling(shp, ".prj"), log, out var crs))
            return null;
        if (DbfText.Choose(declaredEncoding, zip.Sibling(shp, ".cpg"), dbf, log) is not { } encoding)
            return null;
        return Records(shp, zip, dbf, encoding, log) is { } table
            ? table with { FileCrs = crs, Layers = layers, Layer = layers[index], Encoding = DbfText.Name(encoding) }
            : null;
    }

    static SourceTable? Records(string shp, ZipFile content, byte[] dbf, System.Text.Encoding encoding, ImportLog log)
    {
        try
        {
            using var reader = Shapefile.OpenRead(new MemoryStream(content.Sibling(shp, ".shp")!), new MemoryStream(dbf),
                new ShapefileReaderOptions { Encoding = encoding, Factory = StorageGeometry.Factory });
            var columns = reader.Fields.Select(f => f.Name.Trim()).ToArray();
            var rows = new List<SourceRow>();
            var number = 0;
            while (reader.Read(out var deleted))
            {
                number++;
                if (deleted)
                    continue;
                var cells = reader.Fields.Select(f => Text(f.Value)).ToArray();
                rows.Add(reader.Geometry is { IsEmpty: false } g ? new SourceRow(number, cells, FlatGeometry.Of(g)) : new SourceRow(number, cells));
            }
            return new SourceTable(TransferFormat.Shapefile, columns, rows) { Read = rows.Count };
        }
        catch (Exception e) when (e is ShapefileException or IOException or ArgumentException or InvalidOperationException
                                      or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            log.RejectFile("BAD_SHAPEFILE", $"无法读取 Shapefile {LayerName(shp)}：{e.Message}", $"cannot read the shapefile {LayerName(shp)}: {e.Message}");
            return null;
        }
    }

    static bool Crs(byte[]? prj, ImportLog log, out Crs? crs)
    {
        crs = null;
        if (prj is null)
            return true;   // guessed from the coordinates later (SourceReader), or declared
        var wkt = System.Text.Encoding.UTF8.GetString(prj).Trim().TrimStart('\uFEFF');
        try
        {
            crs = PrjCrs.Parse(wkt);
            return true;
        }
        catch (CrsException e)
        {
            log.RejectFile("UNKNOWN_CRS", $".prj 中的坐标系“{PrjCrs.NameOf(wkt)}”不受支持：请在 GIS 中转换为 CGCS2000（经纬度或高斯-克吕格 3°/6° 带）或 WGS84 后导入，或指定坐标系",
                           e.Message);
            return false;
        }
    }

    /// <summary>DBF values as text: numbers as written (invariant), dates as yyyy-MM-dd, logicals as true/false.</summary>
    static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.TrimEnd(),
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                                                   : d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    static string LayerName(string path) => Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);

    static string Listing(ZipFile zip) => string.Join(", ", zip.Names.Take(10)) is { Length: > 0 } names ? names : "（空）";
}
