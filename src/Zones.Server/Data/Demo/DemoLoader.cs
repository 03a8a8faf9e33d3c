using Npgsql;
using NpgsqlTypes;

namespace Zones.Server.Data.Demo;

/// <summary>
/// Loads a demo township folder (GeoJSON + CSV, see data/demo/README.md) into the database in one
/// transaction: all of it or nothing. A township that is already there is left alone, so running
/// the loader again loads nothing twice.
/// </summary>
sealed partial class DemoLoader(NpgsqlDataSource db, ILogger<DemoLoader> logger)
{
    static readonly string[] Levels = ["county", "township", "area", "village", "group"];

    /// <summary>
    /// Loads <paramref name="folder"/>, or each township subfolder of it (county scale); returns
    /// every township found, and whether it was loaded now (false: it was there already).
    /// </summary>
    public async Task<IReadOnlyList<(string Code, bool Loaded)>> LoadAllAsync(string folder, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
            throw new DemoDataException($"Demo folder '{folder}' does not exist.");
        var townships = File.Exists(Path.Combine(folder, "township.json"))
            ? [folder]
            : Directory.GetDirectories(folder).Where(d => File.Exists(Path.Combine(d, "township.json"))).Order().ToArray();
        if (townships.Length == 0)
            throw new DemoDataException($"'{folder}' holds no township.json (nor subfolders with one).");
        var result = new List<(string, bool)>();
        foreach (var township in townships)
        {
            var files = new DemoFiles(township);
            result.Add((files.ReadTownship().DivisionCode, await LoadAsync(files, ct)));
        }
        // Fresh rows have no planner statistics yet, and without them PostgreSQL picked a 6 s plan
        // over a 22 ms one for the lighting check: measure the tables before anyone queries them.
        if (result.Any(r => r.Item2))
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await ExecAsync(conn, "ANALYZE zones.zone, zones.road, zones.asset, zones.place, zones.built_up_area, zones.assignment, zones.complaint", ct);
        }
        return result;
    }

    /// <summary>
    /// The loader's actor: installation-wide (it creates townships), named in the audit log. Its
    /// transaction is a write transaction like any other (<see cref="Transactions.InTransactionAsync{T}"/>),
    /// so every row still meets the database's rules, each one inside its township's boundary included.
    /// </summary>
    static readonly Actor Loader = new("demo-loader", Roles.Admin);

    /// <summary>Loads one township; false when it was already loaded.</summary>
    public Task<bool> LoadAsync(DemoFiles files, CancellationToken ct) =>
        db.InTransactionAsync(Loader, (conn, _) => LoadAsync(conn, files, ct), null, ct);

    async Task<bool> LoadAsync(NpgsqlConnection conn, DemoFiles files, CancellationToken ct)
    {
        var township = files.ReadTownship();
        // Whole weeks keep weekdays (and so working-hour deadlines) where the generator put them.
        var shiftDays = (int)Math.Floor((DateTimeOffset.UtcNow - township.ReferenceTime).TotalDays / 7) * 7;
        var since = township.ReferenceTime.AddDays(shiftDays - 730).ToUniversalTime();

        // Before the check: a township loaded before counties had names gets its county's name now.
        await ExecAsync(conn, CountySql, ct, township.CountyCode, (object?)township.CountyName ?? DBNull.Value);
        if (await ScalarAsync<bool>(conn, ExistsSql, ct, township.DivisionCode))
        {
            logger.LogInformation("Township {Code} {Name} is already loaded; nothing to do", township.DivisionCode, township.Name);
            return false;
        }
        await ExecAsync(conn, StageSql, ct);
        await StageAsync(conn, files, ct);
        await ExecAsync(conn, TownshipSql, ct, township.DivisionCode, township.CountyCode, township.Name);
        var code = township.DivisionCode;
        foreach (var level in Levels)
            await ExecAsync(conn, ZonesOfLevelSql, ct, code, since, level);
        await ExecAsync(conn, BuiltUpSql, ct, code);
        foreach (var sql in new[] { RoadsSql, UnitsSql, PeopleSql, ShopsSql })
            await ExecAsync(conn, sql, ct, code, since);
        await ExecAsync(conn, UnitParentsSql, ct, code);
        await ExecAsync(conn, PlacesSql, ct, code);
        await ExecAsync(conn, AssetsSql, ct, code, shiftDays, since);
        await CheckReferencesAsync(conn, code, ct);
        foreach (var sql in new[] { AssignmentsSql, ComplaintsSql, EventsSql })
            await ExecAsync(conn, sql, ct, code, shiftDays);
        logger.LogInformation("Loaded township {Code} {Name} (timestamps shifted by {Days} days)",
                              township.DivisionCode, township.Name, shiftDays);
        return true;
    }

    static async Task StageAsync(NpgsqlConnection conn, DemoFiles files, CancellationToken ct)
    {
        foreach (var (file, required) in new[] { ("zones", true), ("built_up", false), ("roads", true),
                                                  ("shops", false), ("places", false), ("assets", true) })
            await CopyFeaturesAsync(conn, file, files.ReadFeatures($"{file}.geojson", required), ct);
        await CopyCsvAsync(conn, "stage_unit", files.ReadCsv("units.csv", DemoFiles.UnitColumns), ct);
        await CopyCsvAsync(conn, "stage_person", files.ReadCsv("people.csv", DemoFiles.PersonColumns), ct);
        await CopyCsvAsync(conn, "stage_assignment", files.ReadCsv("assignments.csv", DemoFiles.AssignmentColumns), ct);
        await CopyCsvAsync(conn, "stage_complaint", files.ReadCsv("complaints.csv", DemoFiles.ComplaintColumns), ct);
        await CopyCsvAsync(conn, "stage_event", files.ReadCsv("complaint_events.csv", DemoFiles.EventColumns), ct);
    }

    static async Task CopyFeaturesAsync(NpgsqlConnection conn, string file,
                                        IEnumerable<(string Properties, string Geometry)> features, CancellationToken ct)
    {
        await using var importer = await conn.BeginBinaryImportAsync(
            "COPY stage_feature (file, props, geom) FROM STDIN (FORMAT binary)", ct);
        importer.Timeout = BulkTimeout;
        foreach (var (properties, geometry) in features)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(file, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(properties, NpgsqlDbType.Jsonb, ct);
            await importer.WriteAsync(geometry, NpgsqlDbType.Text, ct);
        }
        await importer.CompleteAsync(ct);
    }

    // The table names are constants of this class, never input.
    static async Task CopyCsvAsync(NpgsqlConnection conn, string table, string csv, CancellationToken ct)
    {
        await using var writer = (NpgsqlCopyTextWriter)await conn.BeginTextImportAsync($"COPY {table} FROM STDIN (FORMAT csv, HEADER true)", ct);
        writer.Timeout = (int)BulkTimeout.TotalMilliseconds;
        await writer.WriteAsync(csv);
    }

    static async Task CheckReferencesAsync(NpgsqlConnection conn, string townshipCode, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(BrokenReferencesSql, conn) { CommandTimeout = (int)BulkTimeout.TotalSeconds };
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = townshipCode });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var problems = new List<string>();
        while (await reader.ReadAsync(ct))
            problems.Add(reader.GetString(0));
        if (problems.Count > 0)
            throw new DemoDataException("The demo data refers to things it does not contain:\n  " + string.Join("\n  ", problems));
    }

    // A county township is 50,000 complaints and 350,000 events: its statements run for minutes on a
    // busy machine, past Npgsql's 30 s default. A load is a batch job; Ctrl-C (the token) stops it.
    static readonly TimeSpan BulkTimeout = TimeSpan.FromHours(2);

    static async Task ExecAsync(NpgsqlConnection conn, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = (int)BulkTimeout.TotalSeconds };
        foreach (var arg in args)
            cmd.Parameters.Add(new NpgsqlParameter { Value = arg });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static async Task<T> ScalarAsync<T>(NpgsqlConnection conn, string sql, CancellationToken ct, params object[] args)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = (int)BulkTimeout.TotalSeconds };
        foreach (var arg in args)
            cmd.Parameters.Add(new NpgsqlParameter { Value = arg });
        return (T)(await cmd.ExecuteScalarAsync(ct))!;
    }
}
