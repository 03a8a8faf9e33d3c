using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Zones.Server.Data.Auth;

/// <summary>
/// Server-side sessions (<c>zones.app_session</c>, migration 0011). A sign-in creates one and hands
/// out its random token; the database keeps only the token's SHA-256. Each request turns the token
/// back into an <see cref="Actor"/> from the session and the user row as they are now, so sign-out,
/// a disabled user and a changed role or scope count from the next request on.
/// </summary>
public sealed class SessionStore(NpgsqlDataSource db)
{
    /// <summary>Cookie sessions slide (each use pushes the expiry out); bearer tokens carry a fixed expiry of their own.</summary>
    public const string Cookie = "cookie", Bearer = "bearer";

    // The user's last sign-in (shown to admins) is written with the session, in one statement.
    const string CreateSql = """
        WITH s AS (INSERT INTO zones.app_session (token_sha256, user_id, kind, expires_at, address, user_agent)
                   VALUES ($1, $2, $3, now() + $4, $5, $6))
        UPDATE zones.app_user SET last_sign_in_at = now() WHERE id = $2
        """;

    // One statement checks and touches: a revoked, expired or unknown session, or a disabled user,
    // matches no row. last_seen_at tells an admin which sessions are in use.
    const string ResolveSql = """
        UPDATE zones.app_session s
        SET last_seen_at = now(),
            expires_at = CASE WHEN s.kind = 'cookie' THEN greatest(s.expires_at, now() + $2) ELSE s.expires_at END
        FROM zones.app_user u
        WHERE s.token_sha256 = $1 AND s.revoked_at IS NULL AND s.expires_at > now()
          AND u.id = s.user_id AND u.disabled_at IS NULL
        RETURNING u.username, u.role, u.person_id, u.unit_id, u.township_code, u.county_code, u.must_change_password
        """;

    const string RevokeSql = "UPDATE zones.app_session SET revoked_at = now() WHERE token_sha256 = $1 AND revoked_at IS NULL";

    /// <summary>Starts a session for <paramref name="userId"/>; returns its token (shown to the client only).</summary>
    public async Task<string> CreateAsync(long userId, string kind, TimeSpan lifetime, string? address, string? userAgent,
                                          CancellationToken ct)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var cmd = db.CreateCommand(CreateSql);
        cmd.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = Sha256(token) });
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = userId });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
        cmd.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = lifetime });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = address });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = userAgent is { Length: > 512 } ? userAgent[..512] : userAgent });
        await cmd.ExecuteNonQueryAsync(ct);
        return token;
    }

    /// <summary>The actor of a live session, or null when it is unknown, expired, revoked or its user disabled.</summary>
    public async Task<Actor?> ResolveAsync(string token, TimeSpan idle, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ResolveSql);
        cmd.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = Sha256(token) });
        cmd.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = idle });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new Actor(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                         reader.IsDBNull(3) ? null : reader.GetInt64(3),
                         new ActorScope(reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)),
                         reader.GetBoolean(6));
    }

    /// <summary>Ends a session: its token is refused from now on.</summary>
    public async Task RevokeAsync(string token, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(RevokeSql);
        cmd.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = Sha256(token) });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    const string EndUserSessionsSql = "UPDATE zones.app_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL";

    /// <summary>Ends every session of a user (disabled, or password reset), in the admin's transaction.</summary>
    public static async Task EndUserSessionsAsync(NpgsqlTransaction tx, long userId, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(EndUserSessionsSql, tx.Connection, tx);
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = userId });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    static byte[] Sha256(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
