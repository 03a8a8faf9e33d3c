using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using MiniExcelLibs;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Esri;
using NetTopologySuite.IO.Esri.Shapefiles.Writers;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>
/// Makes the files a county's survey office sends, in memory, with the libraries GIS tools use:
/// zipped Shapefiles (NTS's writer; DBF in GBK or UTF-8, with or without .prj and .cpg), GeoPackages
/// (a gpkg_* catalogue and NTS's GeoPackage blobs in SQLite) and .xlsx workbooks (MiniExcel).
/// </summary>
public static class SurveyFiles
{
    static SurveyFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gbk => Encoding.GetEncoding(936);

    /// <summary>The Esri WKT ArcGIS writes in the .prj of CGCS2000 3° Gauss–Krüger zone 40 (EPSG:4528, zone number on x).</summary>
    public const string Zone40Prj = """PROJCS["CGCS2000_3_Degree_GK_Zone_40",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",40500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    /// <summary>The same zone without the prefix (EPSG:4549, "CGCS2000_3_Degree_GK_CM_120E").</summary>
    public const string Cm120Prj = """PROJCS["CGCS2000_3_Degree_GK_CM_120E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",120.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]""";

    /// <summary>A lon/lat ring (closed) projected into a CRS (EPSG code), as a polygon.</summary>
    public static Polygon Project(int epsg, params (double Lon, double Lat)[] ring)
    {
        var projection = Projection.For(Crs.FromEpsg(epsg));
        var coordinates = ring.Append(ring[0]).Select(p => projection.Forward(p.Lon, p.Lat)).Select(p => new Coordinate(p.X, p.Y)).ToArray();
        return new GeometryFactory().CreatePolygon(coordinates);
    }

    /// <summary>A zipped polygon Shapefile: one record per row, text fields of the row's keys, in <paramref name="encoding"/>.</summary>
    public static byte[] ShapefileZip(IReadOnlyList<(Geometry Shape, Dictionary<string, string> Fields)> rows, Encoding encoding,
                                      string? prj, string? cpg, string folder = "", string name = "村界", ShapeType type = ShapeType.Polygon)
    {
        var options = new ShapefileWriterOptions(type) { Encoding = encoding, Projection = prj };
        foreach (var field in rows[0].Fields.Keys)
            options.AddCharacterField(field, 40);
        var (shp, shx, dbf, prjStream) = (new MemoryStream(), new MemoryStream(), new MemoryStream(), new MemoryStream());
        using (var writer = Shapefile.OpenWrite(shp, shx, dbf, prjStream, options))
            foreach (var (shape, fields) in rows)
            {
                writer.Geometry = shape;
                foreach (var (key, value) in fields)
                    writer.Fields[key].Value = value;
                writer.Write();
            }
        var files = new Dictionary<string, byte[]> { [".shp"] = shp.ToArray(), [".shx"] = shx.ToArray(), [".dbf"] = dbf.ToArray() };
        if (prj is not null)
            files[".prj"] = Encoding.UTF8.GetBytes(prj);
        if (cpg is not null)
            files[".cpg"] = Encoding.ASCII.GetBytes(cpg);
        return Zip(files.ToDictionary(f => folder + name + f.Key, f => f.Value));
    }

    public static byte[] Zip(Dictionary<string, byte[]> entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes);
            }
        return output.ToArray();
    }

    /// <summary>
    /// A GeoPackage with one feature table <paramref name="table"/> (text columns of the rows' keys, geometry <c>geom</c>)
    /// in <paramref name="epsg"/>, made as GDAL makes one: gpkg_spatial_ref_sys, gpkg_contents, gpkg_geometry_columns.
    /// </summary>
    public static byte[] GeoPackage(string table, int epsg, string srsDefinition, IReadOnlyList<(Geometry Shape, Dictionary<string, string> Fields)> rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zones-test-{Guid.NewGuid():N}.gpkg");
        try
        {
            using (var conn = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                conn.Open();
                var columns = rows[0].Fields.Keys.ToList();
                Execute(conn, $"""
                    PRAGMA application_id = 1196444487;
                    CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
                      organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
                    CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '',
                      last_change DATETIME, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER);
                    CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
                      srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL);
                    INSERT INTO gpkg_spatial_ref_sys VALUES ('srs', {epsg}, 'EPSG', {epsg}, '{srsDefinition.Replace("'", "''")}', NULL);
                    INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('{table}', 'features', '{table}', {epsg});
                    INSERT INTO gpkg_geometry_columns VALUES ('{table}', 'geom', 'GEOMETRY', {epsg}, 0, 0);
                    CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom BLOB, {string.Join(", ", columns.Select(c => $"\"{c}\" TEXT"))});
                    """);
                var writer = new GeoPackageGeoWriter();
                foreach (var (shape, fields) in rows)
                {
                    using var insert = conn.CreateCommand();
                    insert.CommandText = $"INSERT INTO \"{table}\" (geom, {string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ($g, {string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
                    shape.SRID = epsg;
                    insert.Parameters.AddWithValue("$g", writer.Write(shape));
                    for (var i = 0; i < columns.Count; i++)
                        insert.Parameters.AddWithValue($"$p{i}", fields[columns[i]]);
                    insert.ExecuteNonQuery();
                }
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>An .xlsx workbook with one sheet per entry, the first row the keys of the sheet's first row.</summary>
    public static byte[] Xlsx(Dictionary<string, object> sheets)
    {
        using var output = new MemoryStream();
        output.SaveAs(sheets);
        return output.ToArray();
    }

    static void Execute(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
