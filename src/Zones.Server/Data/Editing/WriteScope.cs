using Npgsql;

namespace Zones.Server.Data.Editing;

/// <summary>
/// The write rule of migration 0009 asked before a write: may the actor of this transaction write
/// rows of a township? Writers ask as soon as they know the target's township, so the refusal comes
/// before checks that would describe the other township's rows (its versions, zones, units). The
/// row triggers stay the guarantee; this only answers earlier, in the same words.
/// </summary>
public static class WriteScope
{
    /// <summary>SQLSTATE of a row outside the actor's scope (<c>zones.check_write_scope</c>).</summary>
    public const string OutsideScope = "ZN403";

    /// <summary>SQLSTATE of a geometry outside its township's boundary (<c>zones.check_in_township</c>).</summary>
    public const string OutsideTownship = "ZN422";

    const string RefusalSql = "SELECT zh, en FROM zones.write_refusal($1)";

    /// <summary>The <see cref="ForbiddenError"/> naming the township when the actor may not write it; null when it may.</summary>
    /// <remarks>The transaction must be one of <see cref="Transactions.InTransactionAsync{T}"/>, which names the actor's scope.</remarks>
    public static async Task<ForbiddenError?> RefusalAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string? townshipCode,
                                                           CancellationToken ct) =>
        await RefusalTextAsync(conn, tx, townshipCode, ct) is var (zh, en) ? new ForbiddenError($"{zh} {en}") : null;

    /// <summary>Why the actor may not write the township, in Chinese and in English; null when it may.</summary>
    public static async Task<(string Zh, string En)?> RefusalTextAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string? townshipCode,
                                                                        CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(RefusalSql, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = townshipCode });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>The same, on the transaction's connection.</summary>
    public static Task<ForbiddenError?> RefusalAsync(this NpgsqlTransaction tx, string? townshipCode, CancellationToken ct) =>
        RefusalAsync(tx.Connection!, tx, townshipCode, ct);
}
