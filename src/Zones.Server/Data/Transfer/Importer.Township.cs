namespace Zones.Server.Data.Transfer;

// Where the township lies, for the one case the file cannot tell: plain Gauss–Krüger eastings
// (no zone prefix, no .prj) belong to the 3° zone of the township's longitude.
sealed partial class Importer
{
    // The township's own boundary (its top zone), current version; its centroid's longitude.
    const string TownshipLongitudeSql = """
        SELECT ST_X(ST_Centroid(geom)) FROM zones.zone
        WHERE township_code = $1 AND valid_to IS NULL
        ORDER BY zones.level_rank(level), id LIMIT 1
        """;

    /// <summary>The township's longitude when the file may need it (a Shapefile or GeoPackage); null otherwise or when it has no zones.</summary>
    async Task<double?> TownshipLongitudeAsync(ImportRequest request, CancellationToken ct)
    {
        var format = request.Format ?? SourceReader.Detect(request.Content);
        if (format is not (TransferFormat.Shapefile or TransferFormat.GeoPackage) || request.Crs is { Length: > 0 })
            return null;
        return await TownshipLongitudeAsync(db, request.TownshipCode, ct);
    }

    /// <summary>The longitude of the township's boundary, or null when it has none yet.</summary>
    public static async Task<double?> TownshipLongitudeAsync(Npgsql.NpgsqlDataSource db, string townshipCode, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(TownshipLongitudeSql);
        cmd.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = townshipCode });
        return await cmd.ExecuteScalarAsync(ct) is double lon ? lon : null;
    }
}
