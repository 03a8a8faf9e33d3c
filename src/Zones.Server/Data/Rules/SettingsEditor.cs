using System.Text.Json.Nodes;
using Npgsql;
using Zones.Server.Data.Analysis;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Rules;

/// <summary>A township's analysis settings: the values in force and the township's own override object (null: none).</summary>
public sealed record TownshipSettings(AnalysisSettings Analysis, JsonNode? AnalysisOverrides);

/// <summary>The settings after the change, or the errors.</summary>
public sealed record SettingsPayload(TownshipSettings? Settings, IReadOnlyList<UserError> Errors) : IPayload
{
    internal static SettingsPayload Fail(UserError error) => new(null, [error]);
}

/// <summary>
/// A township's settings (<c>zones.township.settings</c>, issue #11 §8). The analyses read them at
/// every run (CoverageGapService), and the cached gap tiles key on them (TileStore's revision hashes
/// the settings), so a change shows at the next analysis. The audit log keeps old and new (0014).
/// </summary>
public sealed class SettingsEditor(NpgsqlDataSource db)
{
    const string ReadSql = "SELECT (settings -> 'analysis')::text FROM zones.township WHERE division_code = $1";

    // {} removes the override: every default applies.
    const string WriteSql = """
        UPDATE zones.township
        SET settings = CASE WHEN $2::jsonb = '{}'::jsonb THEN settings - 'analysis' ELSE jsonb_set(settings, '{analysis}', $2::jsonb) END
        WHERE division_code = $1
        RETURNING (settings -> 'analysis')::text
        """;

    /// <summary>The township's settings; null when there is no such township.</summary>
    public async Task<TownshipSettings?> ReadAsync(string townshipCode, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        var rows = await conn.QueryAsync(null, ReadSql, [P(townshipCode)], r => r.Text(0), ct);
        return rows.Count == 0 ? null : Of(rows[0]);
    }

    /// <summary>Replaces the township's analysis override object by <paramref name="overrides"/>, checked as a whole first.</summary>
    public Task<SettingsPayload> UpdateAnalysisAsync(Actor actor, string townshipCode, JsonNode? overrides, CancellationToken ct)
    {
        var errors = AnalysisSettingsRules.Check(overrides);
        if (errors.Count > 0)
            return Task.FromResult(new SettingsPayload(null, errors));
        return db.WriteAsync(actor, async tx =>
        {
            if (await TownshipCheck.RefuseAsync(tx, townshipCode, ct) is { } refused)
                return SettingsPayload.Fail(refused);
            var stored = await tx.FirstAsync(WriteSql, [P(townshipCode), new NpgsqlParameter<string> { TypedValue = overrides!.ToJsonString(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb }],
                                             r => r.Text(0), ct);
            return new SettingsPayload(Of(stored), []);
        }, SettingsPayload.Fail, ct);
    }

    static TownshipSettings Of(string? json) =>
        new(AnalysisSettings.FromJson(json), json is null ? null : JsonNode.Parse(json));
}
