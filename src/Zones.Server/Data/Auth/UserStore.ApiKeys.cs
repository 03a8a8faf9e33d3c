using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Zones.Server.Data.Auth;

/// <summary>
/// API keys, stored salted (migration 0011): a random 32-byte salt per key and
/// SHA-256(salt || SHA-256(key)). The key's first <see cref="PrefixLength"/> characters are kept in
/// clear as the lookup id, so a call finds its row through an index and verifies only that row
/// (or the few sharing its prefix) with a fixed-time compare.
/// </summary>
public sealed partial class UserStore
{
    /// <summary>Characters of a key stored in clear to find its row.</summary>
    public const int PrefixLength = 8;

    /// <summary>Shortest key <see cref="CreateApiKeyAsync"/> accepts (the demo key has 22 characters).</summary>
    public const int MinKeyLength = 16;

    // Rows without a prefix were stored before migration 0011; they are few, and each gains its
    // prefix the first time its key is used (RememberPrefixSql).
    const string CandidateKeysSql = """
        SELECT id, name, role, township_code, county_code, key_salt, key_hash, key_prefix IS NULL,
               last_used_at IS NULL OR last_used_at < now() - interval '1 minute'
        FROM zones.api_key
        WHERE (key_prefix = $1 OR key_prefix IS NULL) AND (revoked_at IS NULL OR $2)
        """;

    const string RememberPrefixSql = "UPDATE zones.api_key SET key_prefix = $2 WHERE id = $1 AND key_prefix IS NULL";

    // At most once a minute per key (the candidate query says when it is due), so a busy hotline
    // does not write a row on every call; admins see the time to the minute.
    const string TouchSql = "UPDATE zones.api_key SET last_used_at = now() WHERE id = $1";

    const string CreateKeySql = """
        INSERT INTO zones.api_key (township_code, name, role, key_prefix, key_salt, key_hash, county_code) VALUES ($1, $2, $3, $4, $5, $6, $7)
        RETURNING id
        """;

    sealed record KeyRow(long Id, Actor Actor, bool NeedsPrefix, bool NeedsTouch);

    /// <summary>The actor an API key stands for, or null when the key is unknown or revoked.</summary>
    public async Task<Actor?> FindApiKeyAsync(string key, CancellationToken ct) =>
        (await FindKeyRowAsync(key, includeRevoked: false, ct))?.Actor;

    /// <summary>
    /// Stores a key (salt and hash only) unless the same key is stored already, revoked or not.
    /// Keys are created by an admin and shown once.
    /// </summary>
    public Task CreateApiKeyAsync(string? townshipCode, string name, string key, string role, CancellationToken ct) =>
        CreateApiKeyAsync(new ActorScope(townshipCode, null), name, key, role, ct);

    /// <summary>Stores a key for <paramref name="scope"/> (one township or a county), as <see cref="CreateApiKeyAsync(string?, string, string, string, CancellationToken)"/>.</summary>
    public async Task CreateApiKeyAsync(ActorScope scope, string name, string key, string role, CancellationToken ct)
    {
        if (await FindKeyRowAsync(key, includeRevoked: true, ct) is not null)
            return;
        await using var conn = await db.OpenConnectionAsync(ct);
        await InsertApiKeyAsync(conn, null, scope, name, key, role, ct);
    }

    /// <summary>
    /// Stores a new key (salt and hash only) on <paramref name="conn"/>, in the caller's transaction
    /// when there is one (an admin's: the database checks its scope and logs it); returns the row's id.
    /// </summary>
    public static async Task<long> InsertApiKeyAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, ActorScope scope, string name,
                                                    string key, string role, CancellationToken ct)
    {
        if (key.Length < MinKeyLength)
            throw new ArgumentException($"API key 至少 {MinKeyLength} 个字符。An API key needs at least {MinKeyLength} characters.", nameof(key));
        var salt = RandomNumberGenerator.GetBytes(32);
        await using var cmd = new NpgsqlCommand(CreateKeySql, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = scope.TownshipCode });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = name });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = role });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key[..PrefixLength] });
        cmd.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = salt });
        cmd.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = Hash(salt, key) });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = scope.CountyCode });
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <summary>A new random key: 32 bytes, URL-safe base64.</summary>
    public static string NewApiKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    async Task<KeyRow?> FindKeyRowAsync(string key, bool includeRevoked, CancellationToken ct)
    {
        var prefix = key.Length >= PrefixLength ? key[..PrefixLength] : null;
        KeyRow? found = null;
        await using (var cmd = db.CreateCommand(CandidateKeysSql))
        {
            cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = prefix });
            cmd.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = includeRevoked });
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (found is null && await reader.ReadAsync(ct))
                if (CryptographicOperations.FixedTimeEquals(Hash(reader.GetFieldValue<byte[]>(5), key), reader.GetFieldValue<byte[]>(6)))
                    found = new KeyRow(reader.GetInt64(0), new Actor($"apikey:{reader.GetString(1)}", reader.GetString(2),
                        Scope: new ActorScope(reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4))),
                        reader.GetBoolean(7), reader.GetBoolean(8));
        }
        if (found is { NeedsPrefix: true } && prefix is not null)
            await UpdateKeyAsync(RememberPrefixSql, found.Id, prefix, ct);
        if (found is { NeedsTouch: true } && !includeRevoked)
            await UpdateKeyAsync(TouchSql, found.Id, null, ct);
        return found;
    }

    async Task UpdateKeyAsync(string sql, long id, string? prefix, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        if (prefix is not null)
            cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    // SHA-256 of the key first: migration 0011 salted the SHA-256 digests stored before it.
    static byte[] Hash(byte[] salt, string key) =>
        SHA256.HashData([.. salt, .. SHA256.HashData(Encoding.UTF8.GetBytes(key))]);
}
