using Npgsql;
using Zones.Server.Data.Auth;

namespace Zones.Server.Data.Demo;

/// <summary>
/// The demo's sign-ins (shared/DESIGN.md "Deployments and sign-in"): one user per role and one
/// hotline API key, with published passwords — for the demo only; production passwords are set by
/// an admin and never printed. The demo township is also marked public (anyone may read).
/// </summary>
sealed class DemoAccounts(NpgsqlDataSource db, UserStore users)
{
    public const string HotlineKey = "demo-hotline-key-12345";

    public static readonly (string Username, string Password, string Role, string DisplayName)[] Users =
    [
        ("admin", "admin-demo-2026", Roles.Admin, "系统管理员"),
        ("planner", "planner-demo-2026", Roles.Planner, "双创办规划员"),
        ("cadre", "cadre-demo-2026", Roles.Cadre, "包联干部"),
        ("viewer", "viewer-demo-2026", Roles.Viewer, "督查查看员"),
    ];

    // The demo cadre is the person answering for the most open complaints, so signing in as
    // "cadre" shows real work to do.
    const string BusiestCadreSql = """
        SELECT p.id, p.unit_id FROM zones.person p
        JOIN zones.complaint c ON c.responsible_person_id = p.id AND zones.complaint_is_open(c.stage)
        WHERE p.township_code = $1
        GROUP BY p.id ORDER BY count(*) DESC, p.id LIMIT 1
        """;

    const string MarkPublicSql = "UPDATE zones.township SET is_public = true WHERE division_code = $1";

    /// <summary>Creates what is missing; returns the lines to print for accounts created now.</summary>
    public async Task<IReadOnlyList<string>> EnsureAsync(string townshipCode, CancellationToken ct)
    {
        await db.InTransactionAsync(Actor.System, async (conn, tx) =>
        {
            await using var mark = new NpgsqlCommand(MarkPublicSql, conn, tx);
            mark.Parameters.Add(new NpgsqlParameter<string> { TypedValue = townshipCode });
            return await mark.ExecuteNonQueryAsync(ct);
        }, null, ct);
        var (personId, unitId) = await BusiestCadreAsync(townshipCode, ct);
        var created = new List<string>();
        foreach (var (username, password, role, displayName) in Users)
        {
            var isCadre = role == Roles.Cadre;
            if (isCadre && personId is null && unitId is null)
                continue; // no complaints to act on: a cadre account would have nobody to act for
            if (await users.CreateUserAsync(townshipCode, username, displayName, role, password,
                                            isCadre ? personId : null, isCadre ? unitId : null, ct))
                created.Add($"  {role,-8} user: {username} / {password}");
        }
        await users.CreateApiKeyAsync(townshipCode, "12345热线 (demo)", HotlineKey, Roles.Hotline, ct);
        if (created.Count > 0)
            created.Add($"  hotline  API key: {HotlineKey}");
        return created;
    }

    async Task<(long?, long?)> BusiestCadreAsync(string townshipCode, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(BusiestCadreSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = townshipCode });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1))
            : (null, null);
    }
}
