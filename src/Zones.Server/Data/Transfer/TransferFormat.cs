namespace Zones.Server.Data.Transfer;

/// <summary>The file formats the importer reads and the exporter writes.</summary>
public enum TransferFormat
{
    /// <summary>An RFC 7946 FeatureCollection (a legacy <c>"crs"</c> member names the file's CRS).</summary>
    GeoJson,
    /// <summary>RFC 4180 CSV with a header row; points as lon/lat columns or a WKT column.</summary>
    Csv,
}
