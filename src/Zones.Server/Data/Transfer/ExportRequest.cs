namespace Zones.Server.Data.Transfer;

/// <summary>A bounding box in WGS84 longitude/latitude.</summary>
public sealed record LonLatBox(double MinLon, double MinLat, double MaxLon, double MaxLat);

/// <summary>What to export: one target, as GeoJSON or CSV, optionally only one township and a box.</summary>
/// <param name="Target">Zones (current versions), roads and assets (not retired), complaints.</param>
/// <param name="Format">GeoJSON: our field names and codes. CSV: UTF-8 with BOM, CRLF, Chinese headers and labels by default.</param>
public sealed record ExportRequest(TransferTarget Target, TransferFormat Format)
{
    /// <summary>Only this township's rows; null exports every township.</summary>
    public string? TownshipCode { get; init; }

    /// <summary>Only rows whose geometry intersects this box; null for no box.</summary>
    public LonLatBox? Box { get; init; }

    /// <summary>
    /// Who exports: only the townships it may read are exported, and reporters' names and phones are
    /// masked unless it may see them (ReporterPrivacy). Null for the command line (the installation's
    /// administrator): every township, in full.
    /// </summary>
    public Access.RequestAccess? Access { get; init; }

    /// <summary>CSV with our field names as headers and codes as values (<c>status=damaged</c>) instead of 状态=损坏.</summary>
    public bool English { get; init; }
}
