namespace Zones.Server.Data.Transfer;

/// <summary>
/// One bulk import: a file's bytes and how to read them. Everything but the target, the township
/// and the content has a default, so <c>new ImportRequest(TransferTarget.Assets, "330522125000", bytes)</c>
/// imports a UTF-8 CSV or GeoJSON in WGS84 whose headers are ours or the usual Chinese ones.
/// </summary>
/// <param name="Target">What the rows are.</param>
/// <param name="TownshipCode">The 12-digit division code of the township the rows belong to.</param>
/// <param name="Content">The file as uploaded: its encoding is detected (see <see cref="Encoding"/>).</param>
public sealed record ImportRequest(TransferTarget Target, string TownshipCode, ReadOnlyMemory<byte> Content)
{
    /// <summary>
    /// The format; null detects it from the first bytes: a zip is a Shapefile (or an .xlsx workbook),
    /// the SQLite header a GeoPackage, a file starting with <c>{</c> GeoJSON, anything else CSV.
    /// </summary>
    public TransferFormat? Format { get; init; }

    /// <summary>
    /// The CRS of the coordinates, in any form <c>Crs.Parse</c> accepts (<c>EPSG:4528</c>, <c>GCJ02</c>,
    /// <c>BD09</c>, <c>CGCS2000</c> …); null means the GeoJSON file's own <c>"crs"</c> member, else WGS84.
    /// </summary>
    public string? Crs { get; init; }

    /// <summary>
    /// Our field name → the file's column or property name, for columns the defaults do not find
    /// (e.g. <c>{"identifier": "设施编号", "kind": "设施类别"}</c>). Keys may also be <c>lon</c>/<c>lat</c>/<c>wkt</c>.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Mapping { get; init; }

    /// <summary>
    /// The text encoding: <c>utf-8</c> or <c>gb18030</c> (also <c>gbk</c>, <c>gb2312</c>); null detects
    /// it: a byte order mark, else UTF-8 when the bytes are valid UTF-8, else GB18030 (Excel in China).
    /// </summary>
    public string? Encoding { get; init; }

    /// <summary>
    /// Zones and built-up areas: snap the imported polygons to their siblings within this many metres
    /// (slivers and narrow gaps disappear); null only reports them (<see cref="ImportReport.Topology"/>).
    /// </summary>
    public double? SnapToleranceM { get; init; }

    /// <summary>The GeoPackage feature table or the workbook sheet to read; null reads the first.</summary>
    public string? Layer { get; init; }

    /// <summary>Check everything, write nothing; the report says what a real import would have done.</summary>
    public bool DryRun { get; init; }

    /// <summary>Insert (the default: existing keys are DUPLICATE), update or upsert; see <see cref="ImportMode"/>.</summary>
    public ImportMode Mode { get; init; }
}
