namespace Zones.Server.Data.Transfer;

/// <summary>The file formats the importer reads and the exporter writes.</summary>
public enum TransferFormat
{
    /// <summary>An RFC 7946 FeatureCollection (a legacy <c>"crs"</c> member names the file's CRS).</summary>
    GeoJson,
    /// <summary>RFC 4180 CSV with a header row; points as lon/lat columns or a WKT column.</summary>
    Csv,
    /// <summary>An Esri Shapefile as a .zip of .shp/.shx/.dbf/.prj (and .cpg); import only.</summary>
    Shapefile,
    /// <summary>An OGC GeoPackage (SQLite): one feature table is read; import only.</summary>
    GeoPackage,
    /// <summary>An Excel workbook: one sheet, header row first, like CSV (points as lon/lat or WKT).</summary>
    Xlsx,
}
