using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Reads one feature table of an OGC GeoPackage into a <see cref="SourceTable"/>: the table named
/// by the layer, else the first in <c>gpkg_contents</c>; one column per attribute, the geometry
/// from its GeoPackage blob; the CRS from <c>gpkg_spatial_ref_sys</c> (an EPSG code, else the
/// WKT definition). SQLite needs a file, so the upload is written to a temporary one and deleted.
/// </summary>
static class GeoPackageSource
{
    const string LayersSql = "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid";
    const string GeometryColumnSql = "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = $table";
    const string SrsSql = "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = $srs";

    public static SourceTable? Read(ReadOnlyMemory<byte> content, string? layer, ImportLog log)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zones-import-{Guid.NewGuid():N}.gpkg");
        try
        {
            File.WriteAllBytes(path, content.ToArray());
            using var conn = new SqliteConnection(new SqliteConnectionStringBuilder
                { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            conn.Open();
            return Read(conn, layer, log);
        }
        catch (SqliteException e)
        {
            log.RejectFile("BAD_GEOPACKAGE", $"无法读取 GeoPackage：{e.Message}（文件是否完整？）", $"cannot read the GeoPackage: {e.Message}");
            return null;
        }
        finally
        {
            File.Delete(path);
        }
    }

    static SourceTable? Read(SqliteConnection conn, string? layer, ImportLog log)
    {
        var layers = Strings(conn, LayersSql);
        if (layers.Count == 0)
        {
            log.RejectFile("NO_LAYER", "GeoPackage 中没有要素图层（gpkg_contents 中没有 features）", "the GeoPackage has no feature table");
            return null;
        }
        var table = layer is null ? layers[0] : layers.Find(l => string.Equals(l, layer, StringComparison.OrdinalIgnoreCase));
        if (table is null)
        {
            log.RejectFile("UNKNOWN_LAYER", $"GeoPackage 中没有图层“{layer}”；有：{string.Join("、", layers)}",
                           $"the GeoPackage has no layer \"{layer}\"; it has: {string.Join(", ", layers)}");
            return null;
        }
        var (geometryColumn, srsId) = GeometryColumn(conn, table);
        if (!Srs(conn, srsId, log, out var crs))
            return null;
        return Rows(conn, table, geometryColumn) with { FileCrs = crs, Layers = layers, Layer = table };
    }

    static SourceTable Rows(SqliteConnection conn, string table, string? geometryColumn)
    {
        using var cmd = conn.CreateCommand();
        // The name comes from the file's own gpkg_contents, quoted as an SQLite identifier.
        cmd.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"")}\"";
        using var reader = cmd.ExecuteReader();
        var geometryIndex = geometryColumn is null ? -1 : reader.GetOrdinal(geometryColumn);
        var attributes = Enumerable.Range(0, reader.FieldCount).Where(i => i != geometryIndex).ToArray();
        var columns = attributes.Select(reader.GetName).ToArray();
        var rows = new List<SourceRow>();
        var geometries = new GeoPackageGeoReader(StorageGeometry.Factory.CoordinateSequenceFactory, StorageGeometry.Factory.PrecisionModel);
        while (reader.Read())
        {
            var cells = attributes.Select(i => Text(reader.GetValue(i))).ToArray();
            var number = rows.Count + 1;
            if (geometryIndex < 0 || reader.IsDBNull(geometryIndex))
            {
                rows.Add(new SourceRow(number, cells));
                continue;
            }
            try
            {
                rows.Add(new SourceRow(number, cells, FlatGeometry.Of(geometries.Read((byte[])reader.GetValue(geometryIndex)))));
            }
            catch (Exception e) when (e is ParseException or ArgumentException or InvalidCastException or IOException or InvalidOperationException)
            {
                rows.Add(new SourceRow(number, cells, GeometryError: e.Message));
            }
        }
        return new SourceTable(TransferFormat.GeoPackage, columns, rows);
    }

    static (string? Column, long? Srs) GeometryColumn(SqliteConnection conn, string table)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = GeometryColumnSql;
        cmd.Parameters.AddWithValue("$table", table);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt64(1)) : (null, null);
    }

    /// <summary>The table's CRS; null for the "undefined" systems 0 and -1 (then guessed or declared).</summary>
    static bool Srs(SqliteConnection conn, long? srsId, ImportLog log, out Crs? crs)
    {
        crs = null;
        if (srsId is null or 0 or -1)
            return true;
        using var cmd = conn.CreateCommand();
        cmd.CommandText = SrsSql;
        cmd.Parameters.AddWithValue("$srs", srsId);
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
            return true;
        var (organization, code, definition) = (reader.IsDBNull(0) ? "" : reader.GetString(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1),
                                                reader.IsDBNull(2) ? "" : reader.GetString(2));
        try
        {
            crs = organization.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && Known(code) is { } byCode
                ? byCode : PrjCrs.Parse(definition);
            return true;
        }
        catch (CrsException e)
        {
            log.RejectFile("UNKNOWN_CRS", $"GeoPackage 的坐标系（{organization}:{code}，{PrjCrs.NameOf(definition)}）不受支持：请转换为 CGCS2000 或 WGS84，或指定坐标系",
                           e.Message);
            return false;
        }
    }

    static Crs? Known(long code)
    {
        try
        {
            return Crs.FromEpsg((int)code);
        }
        catch (CrsException)
        {
            return null;
        }
    }

    static List<string> Strings(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var list = new List<string>();
        while (reader.Read())
            list.Add(reader.GetString(0));
        return list;
    }

    static string? Text(object value) => value switch
    {
        DBNull or byte[] => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
