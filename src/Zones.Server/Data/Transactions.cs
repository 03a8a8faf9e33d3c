using Npgsql;

namespace Zones.Server.Data;

/// <summary>
/// One write = one transaction that names its actor. Stores take the open connection and
/// transaction from here, so a mutation that touches several tables commits all or nothing.
/// </summary>
public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction; commits when it returns normally, rolls back
    /// when it throws. <paramref name="work"/> may also ask for a rollback by returning a result
    /// for which <paramref name="commitWhen"/> is false (e.g. a typed user error).
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this NpgsqlDataSource db, Actor actor,
        Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, Func<T, bool>? commitWhen, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        // The scope travels with the transaction: the database refuses a write outside it (migration 0009).
        await using (var set = new NpgsqlCommand(
            "SELECT set_config('zones.actor', $1, true), set_config('zones.actor_township', $2, true), set_config('zones.actor_county', $3, true)", conn, tx))
        {
            set.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor.Name });
            set.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor.Within.TownshipCode ?? "" });
            set.Parameters.Add(new NpgsqlParameter<string> { TypedValue = actor.Within.CountyCode ?? "" });
            await set.ExecuteNonQueryAsync(ct);
        }
        var result = await work(conn, tx);
        if (commitWhen is null || commitWhen(result))
            await tx.CommitAsync(ct);
        else
            await tx.RollbackAsync(ct);
        return result;
    }
}
