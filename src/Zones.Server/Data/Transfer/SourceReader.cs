using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Turns an uploaded file into a <see cref="SourceTable"/>, whatever its format: the format from
/// the request, else from the first bytes (a zip is a Shapefile or an .xlsx by its entries, the
/// SQLite header a GeoPackage, <c>{</c> GeoJSON, anything else CSV text). Shared by the importer
/// and <see cref="ImportInspector"/>, so what the wizard shows is what the import reads.
/// </summary>
static class SourceReader
{
    static ReadOnlySpan<byte> SqliteMagic => "SQLite format 3\0"u8;

    /// <summary>The table, or null after logging why the file cannot be read.</summary>
    /// <param name="townshipLongitude">Where the township is, to tell the zone of plain Gauss–Krüger eastings; null when unknown.</param>
    public static SourceTable? Read(ImportRequest request, double? townshipLongitude, ImportLog log)
    {
        var bytes = request.Content;
        var format = request.Format ?? Detect(bytes);
        log.Format = format;
        var table = format switch
        {
            TransferFormat.Shapefile => ShapefileSource.Read(bytes, request.Encoding, request.Layer, log),
            TransferFormat.GeoPackage => GeoPackageSource.Read(bytes, request.Layer, log),
            TransferFormat.Xlsx => XlsxSource.Read(bytes, request.Layer, log),
            _ => Text(format, bytes.Span, request.Encoding, log),
        };
        if (table is { Format: TransferFormat.Shapefile or TransferFormat.GeoPackage, FileCrs: null } && request.Crs is not { Length: > 0 })
            return Guess(table, townshipLongitude, log);
        return table;
    }

    /// <summary>The format the first bytes tell; text formats by their first character.</summary>
    public static TransferFormat Detect(ReadOnlyMemory<byte> content)
    {
        var bytes = content.Span;
        if (bytes.StartsWith(SqliteMagic))
            return TransferFormat.GeoPackage;
        if (bytes is [(byte)'P', (byte)'K', 3, 4, ..])
            return ZipFile.IsWorkbook(content) ? TransferFormat.Xlsx : TransferFormat.Shapefile;
        var start = bytes;
        if (start is [0xEF, 0xBB, 0xBF, ..])
            start = start[3..];
        foreach (var b in start)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return b == (byte)'{' ? TransferFormat.GeoJson : TransferFormat.Csv;
        return TransferFormat.Csv;
    }

    static SourceTable? Text(TransferFormat format, ReadOnlySpan<byte> bytes, string? encoding, ImportLog log)
    {
        if (SourceDecoder.Decode(bytes, encoding, log) is not { } text)
            return null;
        return format == TransferFormat.GeoJson ? GeoJsonSource.Read(text, log) : CsvSource.Read(text, log);
    }

    /// <summary>A file without a CRS of its own: the CRS its coordinates fit, said as a warning.</summary>
    static SourceTable? Guess(SourceTable table, double? townshipLongitude, ImportLog log)
    {
        var box = new NetTopologySuite.Geometries.Envelope();
        foreach (var row in table.Rows)
            if (row.Geometry is { IsEmpty: false } g)
                box.ExpandToInclude(g.EnvelopeInternal);
        if (box.IsNull)
            return table;
        if (CrsGuess.FromExtent(box, townshipLongitude) is not { } crs)
        {
            log.RejectFile("UNKNOWN_CRS",
                $"文件没有坐标系信息（缺少 .prj），坐标范围 {CrsGuess.Describe(box)} 也无法推断：请指定坐标系，如 EPSG:4528（CGCS2000 3度带第40带，X 带带号）或 EPSG:4549（中央经线 120°E，X 不带带号）",
                $"the file has no CRS (no .prj) and its coordinates {CrsGuess.Describe(box)} do not tell one: declare it, e.g. EPSG:4528");
            return null;
        }
        log.Warn(null, null, null, "CRS_GUESSED", $"文件没有坐标系信息，按坐标范围推断为 {crs}（{crs.Name}）；如不对请指定坐标系",
                 $"the file names no CRS; from its coordinates it was taken as {crs} ({crs.Name}): declare the CRS if that is wrong");
        return table with { FileCrs = crs, CrsSource = CrsSources.Guessed };
    }
}

/// <summary>Where an import's CRS came from, as <c>ImportInspection.crsSource</c> says it.</summary>
static class CrsSources
{
    public const string File = "file";
    public const string Declared = "declared";
    public const string Guessed = "guessed";
    public const string Default = "default";
}
