using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Zones.Server.Data.Auth;

/// <summary>A user account as sign-in needs it.</summary>
public sealed record AppUser(long Id, string Username, string DisplayName, string Role, string PasswordHash,
                             long? PersonId, long? UnitId, string? TownshipCode, string? CountyCode = null,
                             bool MustChangePassword = false)
{
    public Actor ToActor() => new(Username, Role, PersonId, UnitId, new ActorScope(TownshipCode, CountyCode), MustChangePassword);
}

/// <summary>
/// Users and API keys (<c>zones.app_user</c>, <c>zones.api_key</c>; keys in <c>UserStore.ApiKeys.cs</c>).
/// Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, versioned format).
/// </summary>
public sealed partial class UserStore(NpgsqlDataSource db)
{
    static readonly PasswordHasher<AppUser> Hasher = new();

    const string FindUserSql = """
        SELECT id, username, display_name, role, password_hash, person_id, unit_id, township_code, county_code, must_change_password
        FROM zones.app_user WHERE lower(username) = lower($1) AND disabled_at IS NULL
        """;

    const string CreateUserSql = """
        INSERT INTO zones.app_user (township_code, username, display_name, role, password_hash, person_id, unit_id, county_code)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (lower(username)) DO NOTHING
        RETURNING id
        """;

    const string DisplayNameSql = "SELECT display_name FROM zones.app_user WHERE lower(username) = lower($1)";

    /// <summary>The display name of a user (null for an API key or an unknown name).</summary>
    public async Task<string?> DisplayNameAsync(string username, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(DisplayNameSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = username });
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    /// <summary>A password hash in the stored format (PBKDF2, versioned).</summary>
    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    /// <summary>The user whose name and password match, or null (same answer for either mistake).</summary>
    public async Task<AppUser?> SignInAsync(string username, string password, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(FindUserSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = username });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            Hasher.HashPassword(null!, password); // spend the same time as a real check: no user-name probing
            return null;
        }
        var user = new AppUser(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                               reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetInt64(5),
                               reader.IsDBNull(6) ? null : reader.GetInt64(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                               reader.IsDBNull(8) ? null : reader.GetString(8), reader.GetBoolean(9));
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    /// <summary>Creates a user of one township (null: the installation) unless the name is taken; returns whether it was created.</summary>
    public Task<bool> CreateUserAsync(string? townshipCode, string username, string displayName, string role,
                                      string password, long? personId, long? unitId, CancellationToken ct) =>
        CreateUserAsync(new ActorScope(townshipCode, null), username, displayName, role, password, personId, unitId, ct);

    /// <summary>Creates a user with <paramref name="scope"/> unless the name is taken; returns whether it was created.</summary>
    public async Task<bool> CreateUserAsync(ActorScope scope, string username, string displayName, string role,
                                            string password, long? personId, long? unitId, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(CreateUserSql);
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = scope.TownshipCode });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = username });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = displayName });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = role });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Hasher.HashPassword(null!, password) });
        cmd.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = personId });
        cmd.Parameters.Add(new NpgsqlParameter<long?> { TypedValue = unitId });
        cmd.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = scope.CountyCode });
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }
}
