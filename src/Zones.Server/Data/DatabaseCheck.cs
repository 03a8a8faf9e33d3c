using Npgsql;

namespace Zones.Server.Data;

/// <summary>
/// Answers "can the server work with this database?" with a message a person can act on:
/// unreachable, wrong password, PostGIS missing, schema out of date.
/// </summary>
sealed class DatabaseCheck(NpgsqlDataSource db)
{
    /// <summary>The PostGIS library version, or a <see cref="StartupException"/> saying what is wrong.</summary>
    public async Task<string> PostgisVersionAsync(CancellationToken ct)
    {
        var where = ConnectionStrings.Describe(db.ConnectionString);
        try
        {
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var cmd = new NpgsqlCommand(
                "SELECT extversion FROM pg_extension WHERE extname = 'postgis'", conn);
            if (await cmd.ExecuteScalarAsync(ct) is string installed)
                return installed;
            await using var available = new NpgsqlCommand(
                "SELECT count(*) FROM pg_available_extensions WHERE name = 'postgis'", conn);
            var canInstall = (long)(await available.ExecuteScalarAsync(ct))! > 0;
            if (!canInstall)
                throw new StartupException(
                    $"PostGIS is not available on the database server {where}. Install it " +
                    "(Debian: apt-get install postgresql-15-postgis-3) and start again.");
            return "not installed yet (the first migration creates it)";
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new StartupException(
                $"Cannot reach PostgreSQL at {where}: {e.InnerException?.Message ?? e.Message}. " +
                "Start the local database with scripts/db.sh start, or point ZONES_DATABASE_URL at a running one.", e);
        }
        catch (PostgresException e) when (e.SqlState is "28P01" or "28000")
        {
            throw new StartupException(
                $"PostgreSQL at {where} refused the login: {e.MessageText}. Check the user name and password " +
                "in ZONES_DATABASE_URL / ConnectionStrings__Zones.", e);
        }
        catch (PostgresException e) when (e.SqlState == "3D000")
        {
            throw new StartupException(
                $"The database in {where} does not exist: {e.MessageText}. Create it (createdb) or fix the name.", e);
        }
    }

    /// <summary>Version of the installed PostGIS library, for /health.</summary>
    public async Task<string> PostgisLibVersionAsync(CancellationToken ct)
    {
        await using var cmd = db.CreateCommand("SELECT postgis_lib_version()");
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }
}

/// <summary>A problem found on start-up, with a message that says what to do.</summary>
sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
