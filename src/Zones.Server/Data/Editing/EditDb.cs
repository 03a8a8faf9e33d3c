using NetTopologySuite.Geometries;
using Npgsql;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Editing;

/// <summary>A mutation result shaped like a GraphQL payload: the written rows, or the typed errors (and then nothing was written).</summary>
public interface IPayload
{
    IReadOnlyList<UserError> Errors { get; }
}

/// <summary>
/// Plumbing shared by the editing, ownership and inventory writers: one statement per call with
/// typed positional parameters (<see cref="Sql"/>), and one transaction per write that
/// turns database refusals we can explain into typed errors (never a 500).
/// </summary>
static class EditDb
{
    /// <summary>Runs <paramref name="work"/> in one transaction named after <paramref name="actor"/>; commits only when the payload has no errors.</summary>
    public static Task<T> WriteAsync<T>(this NpgsqlDataSource db, Actor actor, Func<NpgsqlTransaction, Task<T>> work,
                                        Func<UserError, T> fail, CancellationToken ct) where T : IPayload =>
        db.InTransactionAsync(actor, async (_, tx) =>
        {
            try
            {
                return await work(tx);
            }
            catch (PostgresException e) when (DbErrors.Translate(e) is { } error)
            {
                return fail(error);
            }
        }, r => r.Errors.Count == 0, ct);

    /// <summary>Fails with <paramref name="inputError"/> (found without the database) when there is one, else writes.</summary>
    public static Task<T> WriteAsync<T>(this NpgsqlDataSource db, Actor actor, UserError? inputError,
        Func<NpgsqlTransaction, Task<T>> work, Func<UserError, T> fail, CancellationToken ct) where T : IPayload =>
        inputError is null ? db.WriteAsync(actor, work, fail, ct) : Task.FromResult(fail(inputError));

    /// <summary>Runs one statement and reads every row.</summary>
    public static async Task<List<T>> QueryAsync<T>(this NpgsqlConnection conn, NpgsqlTransaction? tx, string sql,
        NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        cmd.Parameters.AddRange(parameters);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
            rows.Add(read(reader));
        return rows;
    }

    /// <summary>Runs one statement in the transaction and reads every row.</summary>
    public static Task<List<T>> QueryAsync<T>(this NpgsqlTransaction tx, string sql, NpgsqlParameter[] parameters,
                                             Func<NpgsqlDataReader, T> read, CancellationToken ct) =>
        tx.Connection!.QueryAsync(tx, sql, parameters, read, ct);

    /// <summary>Runs one statement in the transaction and reads its first row, or default.</summary>
    public static async Task<T?> FirstAsync<T>(this NpgsqlTransaction tx, string sql, NpgsqlParameter[] parameters,
                                              Func<NpgsqlDataReader, T> read, CancellationToken ct) =>
        (await tx.QueryAsync(sql, parameters, read, ct)).FirstOrDefault();

    /// <summary>Runs one statement in the transaction; returns the number of rows it touched.</summary>
    public static async Task<int> ExecuteAsync(this NpgsqlTransaction tx, string sql, NpgsqlParameter[] parameters, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, tx.Connection, tx);
        cmd.Parameters.AddRange(parameters);
        return await cmd.ExecuteNonQueryAsync(ct);
    }
}
