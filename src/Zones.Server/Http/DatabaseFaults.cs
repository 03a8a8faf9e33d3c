using System.Net.Sockets;
using Npgsql;

namespace Zones.Server.Http;

/// <summary>
/// Which database exceptions mean "the database cannot be reached" (answered 503, and for reads
/// retried once on a fresh connection) and which mean "a value of the request is unusable"
/// (answered 4xx): the two kinds of fault that are not the server's bug.
/// </summary>
static class DatabaseFaults
{
    /// <summary>
    /// The answer body's message while the database is down, Chinese first (the clerks' language).
    /// </summary>
    public const string UnavailableMessage = "数据库暂时无法连接，请稍后重试。The database cannot be reached; try again shortly.";

    /// <summary>
    /// True when <paramref name="e"/> (or an exception inside it) says the database is unreachable or
    /// the connection broke: a socket or stream error, a timeout, or the server shutting the session
    /// (57P01 admin_shutdown after a restart, 57P02 crash, 57P03 still starting, 08xxx connection errors).
    /// </summary>
    public static bool IsUnavailable(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            switch (e)
            {
                case PostgresException pg when pg.SqlState.StartsWith("57P0", StringComparison.Ordinal) || pg.SqlState.StartsWith("08", StringComparison.Ordinal):
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException or TimeoutException or SocketException or IOException:
                    return true;
            }
        return false;
    }

    /// <summary>
    /// Drops the idle connections of every pool (primary, standby reads, tiles) before a read runs again: when the
    /// standby was stopped, its pooled connections are all broken, and the fresh ones fall back to the primary.
    /// </summary>
    public static void ClearPools(IServiceProvider services)
    {
        services.GetRequiredService<NpgsqlDataSource>().Clear();
        services.GetRequiredService<Data.Replica.ReadDataSource>().Clear();
        services.GetRequiredService<Data.Tiles.TileDatabase>().Reads.Clear();
    }

    /// <summary>
    /// The PostgreSQL "data exception" (SQLSTATE class 22: a NUL in text, a number or date out of
    /// range, an invalid text representation) inside <paramref name="e"/>, or null. These come from a
    /// value the caller sent that no check before the statement caught.
    /// </summary>
    public static PostgresException? BadValue(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: [ '2', '2', .. ] } pg)
                return pg;
        return null;
    }

    /// <summary>The message for a <see cref="BadValue"/>: what PostgreSQL refused, without SQL or internals.</summary>
    public static string BadValueMessage(PostgresException e) =>
        $"请求中的某个值无法使用：{e.MessageText}。请检查输入。A value in the request cannot be used: {e.MessageText}.";
}
