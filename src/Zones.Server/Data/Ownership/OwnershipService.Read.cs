using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Ownership;

// Reading helpers: batched by target so a GraphQL loader runs one statement per level of a query.
public sealed partial class OwnershipService
{
    /// <summary>The assignments in force at <paramref name="at"/> (default now) for many targets of one kind, by target id; primaries first.</summary>
    public async Task<ILookup<long, AssignmentRecord>> ActiveOwnersAsync(TargetKind kind, IReadOnlyList<long> targetIds,
                                                                        DateTimeOffset? at, CancellationToken ct) =>
        (await ReadAsync(ActiveSql, [P(DbCodes.Code(kind)), P(targetIds.ToArray()), P(at?.ToUniversalTime())], Read, ct))
        .ToLookup(a => a.Target.Id);

    /// <summary>Every assignment the target ever had, oldest first.</summary>
    public Task<List<AssignmentRecord>> HistoryAsync(TargetRef target, CancellationToken ct) =>
        ReadAsync(HistorySql, [P(DbCodes.Code(target.Kind)), P(target.Id)], Read, ct);

    /// <summary>What a person or unit answers for at <paramref name="at"/> (default now): its own assignments, not its members'.</summary>
    public Task<List<AssignmentRecord>> ResponsibilitiesAsync(OwnerRef owner, DateTimeOffset? at, CancellationToken ct) =>
        ReadAsync(ResponsibilitiesSql, [P(DbCodes.Code(owner.Kind)), P(owner.Id), P(at?.ToUniversalTime())], Read, ct);

    /// <summary>
    /// 属地兜底 for many zones at once: each zone's primary owner at <paramref name="at"/>, or its
    /// nearest ancestor's. Zones with nobody up to the root are absent from the result.
    /// </summary>
    public Task<IReadOnlyDictionary<long, ResponsibleOwner>> ResponsibleOwnersAsync(IReadOnlyList<long> zoneIds,
                                                                                    DateTimeOffset? at, CancellationToken ct) =>
        ResponsibleOwnersAsync(TargetKind.Zone, zoneIds, at, ct);

    /// <summary>
    /// 属地兜底 for many targets of one kind (zones.responsible_owner): a road's, asset's or shop's own
    /// primary owner at <paramref name="at"/>, else that of the zone it lies in, up the tree. Targets
    /// nobody answers for are absent; <see cref="ResponsibleOwner.ZoneId"/> holds the target's id.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, ResponsibleOwner>> ResponsibleOwnersAsync(TargetKind kind, IReadOnlyList<long> targetIds,
                                                                                          DateTimeOffset? at, CancellationToken ct) =>
        (await ReadAsync(ResponsibleSql, [P(targetIds.ToArray()), P(at?.ToUniversalTime()), P(DbCodes.Code(kind))],
                         r => new ResponsibleOwner(r.GetInt64(0), r.GetInt32(1), Read(r, 2)), ct))
        .ToDictionary(o => o.ZoneId);

    /// <summary>属地兜底 for one zone; null when nobody answers up to the root.</summary>
    public async Task<ResponsibleOwner?> ResponsibleOwnerAsync(long zoneId, DateTimeOffset? at, CancellationToken ct) =>
        (await ResponsibleOwnersAsync([zoneId], at, ct)).GetValueOrDefault(zoneId);

    async Task<List<T>> ReadAsync<T>(string sql, NpgsqlParameter[] parameters, Func<NpgsqlDataReader, T> read, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await conn.QueryAsync(null, sql, parameters, read, ct);
    }

    static AssignmentRecord Read(NpgsqlDataReader r) => Read(r, 0);

    internal static AssignmentRecord Read(NpgsqlDataReader r, int i) =>
        new(r.GetInt64(i), r.GetString(i + 1), new(DbCodes.Parse<TargetKind>(r.GetString(i + 2)), r.GetInt64(i + 3)),
            r.GetString(i + 4), new(DbCodes.Parse<OwnerKind>(r.GetString(i + 5)), r.GetInt64(i + 6)), r.GetString(i + 7),
            r.Text(i + 8), DbCodes.Parse<AssignmentRole>(r.GetString(i + 9)), r.GetBoolean(i + 10),
            r.GetFieldValue<DateTimeOffset>(i + 11), r.Nullable<DateTimeOffset>(i + 12), r.Text(i + 13));
}
