using Npgsql;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Reads an uploaded file the way the importer would (<see cref="SourceReader"/>) and says what it
/// found, for the import wizard's first page. Nothing is written and no row is checked against the
/// database; the township (when given) only tells the zone of plain Gauss–Krüger eastings.
/// </summary>
sealed class ImportInspector(NpgsqlDataSource db)
{
    const int PreviewRows = 10;

    public async Task<ImportInspection> InspectAsync(InspectRequest request, CancellationToken ct)
    {
        var log = new ImportLog();
        var longitude = request.TownshipCode is { } township ? await Importer.TownshipLongitudeAsync(db, township, ct) : null;
        var asImport = new ImportRequest(request.Target ?? TransferTarget.Zones, request.TownshipCode ?? "", request.Content)
            { Crs = request.Crs, Encoding = request.Encoding, Layer = request.Layer };
        var table = Declared(request.Crs, log, out var declared) ? SourceReader.Read(asImport, longitude, log) : null;
        if (table is not null)
            Importer.ChooseCrs(declared, table, log);
        var fields = request.Target is { } target ? TransferFields.For(target).Where(f => !f.ExportOnly).ToList() : [];
        var map = table is null || fields.Count == 0 ? null : FieldMap.Resolve(fields, table.Columns, null, new ImportLog());
        var report = log.Build(asImport, table?.Read ?? 0, 0);
        return new ImportInspection(
            log.Format, log.Crs, log.CrsSource, log.Encoding, table?.Layers ?? [], table?.Layer, table?.Columns ?? [], table?.Rows.Count ?? 0,
            table is null ? [] : table.Rows.Take(PreviewRows).Select(r => Cells(r, table.Columns.Count)).ToList(),
            map is null ? [] : fields.Where(f => map.Has(f.Name)).Select(f => new ColumnMapping(f.Name, map.Header(f.Name))).ToList(),
            fields.Select(f => new ImportField(f.Name, f.Header, f.Required)).ToList(),
            [.. report.Problems, .. report.Warnings]);
    }

    static bool Declared(string? text, ImportLog log, out Crs? crs)
    {
        crs = null;
        if (text is not { Length: > 0 })
            return true;
        try
        {
            crs = Crs.Parse(text);
            return true;
        }
        catch (CrsException e)
        {
            log.RejectFile("UNKNOWN_CRS", $"不支持的坐标系“{text}”", e.Message);
            return false;
        }
    }

    static IReadOnlyList<string?> Cells(SourceRow row, int count) => Enumerable.Range(0, count).Select(row.Cell).ToList();
}
