using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Npgsql;
using NpgsqlTypes;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Streams zones, roads, assets, complaints, built-up areas, units, people or 包联 to GeoJSON (geometry from PostGIS <c>ST_AsGeoJSON</c>,
/// our field names and codes) or CSV for Excel: UTF-8 with a byte order mark (without it Excel
/// reads Chinese as GBK mojibake), CRLF, RFC 4180 quoting, Chinese headers and labels unless
/// English is asked for; points as lon/lat, lines and polygons as WKT. The columns are those the
/// importer reads, so an export imports again unchanged.
/// </summary>
sealed partial class Exporter(NpgsqlDataSource db)
{
    static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    const string AttributesField = "attributes";

    // Chinese as characters, not \u escapes: the file is for people and GIS tools, both read UTF-8.
    static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The columns of a target's export, in order; the SQL adds the GeoJSON geometry after them.</summary>
    public static IReadOnlyList<FieldSpec> Columns(TransferTarget target) =>
        TransferFields.For(target).Where(f => !(TransferFields.IsPoint(target) && f.Name == TransferFields.Wkt)).ToList();

    /// <summary>Writes the export to <paramref name="output"/>; returns the number of rows.</summary>
    public async Task<int> ExportAsync(ExportRequest request, Stream output, CancellationToken ct)
    {
        if (request.Format == TransferFormat.Xlsx)
            return await ExportXlsxAsync([request], output, ct);
        await using var cmd = await CommandAsync(request, ct);
        var columns = Columns(request.Target);
        var reporters = await ReporterColumns.ForAsync(columns, request.Access, ct);
        await using var reader = await cmd.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        return request.Format == TransferFormat.Csv
            ? await WriteCsvAsync(reader, columns, reporters, request.English, output, ct)
            : await WriteGeoJsonAsync(reader, columns, reporters, output, ct);
    }

    /// <summary>The target's export statement with the request's township, box and readable townships bound.</summary>
    async Task<NpgsqlCommand> CommandAsync(ExportRequest request, CancellationToken ct)
    {
        var cmd = db.CreateCommand(request.Target switch
        {
            TransferTarget.Zones => ZonesSql,
            TransferTarget.Roads => RoadsSql,
            TransferTarget.Assets => AssetsSql,
            TransferTarget.BuiltUpAreas => BuiltUpAreasSql,
            TransferTarget.Units => UnitsSql,
            TransferTarget.People => PeopleSql,
            TransferTarget.Assignments => AssignmentsSql,
            TransferTarget.Shops => ShopsSql,
            TransferTarget.Places => PlacesSql,
            _ => ComplaintsSql,
        });
        cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)request.TownshipCode ?? DBNull.Value });
        var box = request.Box;
        foreach (var v in new[] { box?.MinLon, box?.MinLat, box?.MaxLon, box?.MaxLat })
            cmd.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Double, Value = (object?)v ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter<string[]?> { TypedValue = request.Access is { } a ? await a.ReadableAsync(ct) : null });
        return cmd;
    }

    static async Task<int> WriteCsvAsync(DbDataReader reader, IReadOnlyList<FieldSpec> columns, ReporterColumns reporters,
                                         bool english, Stream output, CancellationToken ct)
    {
        await output.WriteAsync(Utf8Bom, ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        Csv.WriteRecord(writer, columns.Select(c => english ? c.Name : c.Header));
        var rows = 0;
        while (await reader.ReadAsync(ct))
        {
            var values = await reporters.ShowAsync(ReadValues(reader, columns.Count), ct);
            Csv.WriteRecord(writer, columns.Select((c, i) => CsvCell(c, values[i], english)));
            rows++;
        }
        return rows;
    }

    // Every column is guarded, not only free text: a road code or a complaint's external id typed
    // by a person can start with '=' as easily as a description can (issue #10).
    static string? CsvCell(FieldSpec column, string? value, bool english) =>
        value is null ? null : Csv.Guard(column.Codes is { } codes && !english ? codes.Label(value) : value);

    static async Task<int> WriteGeoJsonAsync(DbDataReader reader, IReadOnlyList<FieldSpec> columns, ReporterColumns reporters,
                                             Stream output, CancellationToken ct)
    {
        await using var json = new Utf8JsonWriter(output, JsonOptions);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        var rows = 0;
        var properties = columns.Select((c, i) => (c.Name, Index: i))
            .Where(c => c.Name is not (TransferFields.X or TransferFields.Y or TransferFields.Wkt)).ToList();
        while (await reader.ReadAsync(ct))
        {
            var values = await reporters.ShowAsync(ReadValues(reader, columns.Count + 1), ct);
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WritePropertyName("geometry");
            if (values[^1] is { } geometry)
                json.WriteRawValue(geometry, skipInputValidation: true);
            else
                json.WriteNullValue();   // units, people, 包联
            json.WriteStartObject("properties");
            foreach (var (name, index) in properties)
                WriteProperty(json, name, values[index]);
            json.WriteEndObject();
            json.WriteEndObject();
            if (++rows % 1000 == 0)
                await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
        return rows;
    }

    static void WriteProperty(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
            json.WriteNull(name);
        else if (name == AttributesField)
        {
            json.WritePropertyName(name);
            json.WriteRawValue(value, skipInputValidation: true);   // PostgreSQL wrote it from jsonb
        }
        else
            json.WriteString(name, value);
    }

    /// <summary>The first <paramref name="count"/> columns of the current row as text (coordinates to 7 decimals, about 1 cm).</summary>
    static string?[] ReadValues(DbDataReader reader, int count)
    {
        var values = new string?[count];
        for (var i = 0; i < count; i++)
            values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i) switch
            {
                double d => d.ToString("0.#######", CultureInfo.InvariantCulture),
                var v => Convert.ToString(v, CultureInfo.InvariantCulture),
            };
        return values;
    }
}
