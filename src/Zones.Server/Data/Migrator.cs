using System.Reflection;
using Npgsql;

namespace Zones.Server.Data;

/// <summary>
/// Applies the embedded <c>data/migrations/NNNN_*.sql</c> files that the database has not seen, in
/// order, each in its own transaction, and records them in <c>zones.schema_migrations</c>.
/// </summary>
/// <remarks>
/// An advisory lock serialises concurrent starts (two servers, or a test run beside run.sh), so a
/// migration never runs twice. Migrations are forward-only: a recorded file is never re-applied.
/// </remarks>
sealed class Migrator(NpgsqlDataSource db, ILogger<Migrator> logger)
{
    const long LockKey = 0x5A6F6E6573; // "Zones"

    const string PrepareSql = """
        CREATE SCHEMA IF NOT EXISTS zones;
        CREATE TABLE IF NOT EXISTS zones.schema_migrations (
          version    text PRIMARY KEY,
          applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    const string AppliedSql = "SELECT version FROM zones.schema_migrations";
    const string RecordSql = "INSERT INTO zones.schema_migrations (version) VALUES ($1)";

    /// <summary>The embedded migrations, ordered by file name.</summary>
    public static IReadOnlyList<(string Name, string Sql)> Embedded { get; } = LoadEmbedded();

    /// <summary>Applies what is missing; returns the names applied now.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await ExecuteAsync(conn, $"SELECT pg_advisory_lock({LockKey})", ct);
        try
        {
            await ExecuteAsync(conn, PrepareSql, ct);
            var applied = await AppliedAsync(conn, ct);
            var now = new List<string>();
            foreach (var (name, sql) in Embedded.Where(m => !applied.Contains(m.Name)))
            {
                await ApplyAsync(conn, name, sql, ct);
                logger.LogInformation("Applied migration {Name}", name);
                now.Add(name);
            }
            // The data source learnt the database's types on its first connection, maybe before a
            // migration created PostGIS (a fresh database): reload them, or geometry cannot be bound.
            if (now.Count > 0)
                await conn.ReloadTypesAsync(ct);
            return now;
        }
        finally
        {
            await ExecuteAsync(conn, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    /// <summary>Names of embedded migrations not yet recorded in the database.</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT to_regclass('zones.schema_migrations') IS NOT NULL", conn);
        if (!(bool)(await exists.ExecuteScalarAsync(ct))!)
            return Embedded.Select(m => m.Name).ToList();
        var applied = await AppliedAsync(conn, ct);
        return Embedded.Select(m => m.Name).Where(n => !applied.Contains(n)).ToList();
    }

    static async Task ApplyAsync(NpgsqlConnection conn, string name, string sql, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        try
        {
            await using (var cmd = new NpgsqlCommand(sql, conn, tx))
                await cmd.ExecuteNonQueryAsync(ct);
            await using (var record = new NpgsqlCommand(RecordSql, conn, tx))
            {
                record.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
                await record.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        catch (PostgresException e)
        {
            throw new InvalidOperationException($"Migration {name} failed and was rolled back: {e.MessageText}" +
                                                (e.Position > 0 ? $" (at character {e.Position})" : ""), e);
        }
    }

    static async Task<HashSet<string>> AppliedAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(AppliedSql, conn);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            set.Add(reader.GetString(0));
        return set;
    }

    static async Task ExecuteAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static List<(string, string)> LoadEmbedded()
    {
        var assembly = Assembly.GetExecutingAssembly();
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("migrations/", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (Path.GetFileNameWithoutExtension(n["migrations/".Length..]), reader.ReadToEnd());
            })
            .ToList();
    }
}
