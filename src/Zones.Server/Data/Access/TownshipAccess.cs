using Npgsql;

namespace Zones.Server.Data.Access;

/// <summary>
/// Asks the database which townships an actor may read (<c>zones.readable_townships</c>) or act on
/// (<c>zones.scope_townships</c>), the one place those rules live (migration 0008). Callers ask once
/// per request (see <see cref="RequestAccess"/>) and pass the codes to their SQL as a <c>text[]</c>
/// (<c>t.township_code = ANY($n)</c>), so every list query keeps its township index.
/// </summary>
public sealed class TownshipAccess(NpgsqlDataSource db)
{
    const string ReadableSql = "SELECT coalesce(array_agg(c ORDER BY c), '{}') FROM zones.readable_townships($1, $2, $3) c";
    const string ScopeSql = "SELECT coalesce(array_agg(c ORDER BY c), '{}') FROM zones.scope_townships($1, $2) c";

    /// <summary>Division codes the actor (null = anonymous) may read, ordered.</summary>
    public async Task<string[]> ReadableAsync(Actor? actor, CancellationToken ct)
    {
        var scope = actor?.Within ?? ActorScope.Installation;
        await using var cmd = db.CreateCommand(ReadableSql);
        cmd.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = actor is not null });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = scope.TownshipCode });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = scope.CountyCode });
        return (string[])(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Division codes the actor may write to (its own scope; public townships are read-only to outsiders), ordered.</summary>
    public async Task<string[]> WritableAsync(Actor actor, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ScopeSql);
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = actor.Within.TownshipCode });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = actor.Within.CountyCode });
        return (string[])(await cmd.ExecuteScalarAsync(ct))!;
    }
}
