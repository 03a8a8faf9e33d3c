using Npgsql;
using Zones.Server.Data.Query;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// The analysis settings of several townships in one statement (the heat map and the indicators ask for
/// every visible township at once); parsed exactly as <see cref="CoverageGapService.SettingsAsync"/> does.
/// </summary>
public static class HeatmapSettings
{
    const string Sql = "SELECT division_code, settings -> 'analysis' FROM zones.township WHERE division_code = ANY($1)";

    /// <summary>Settings per township code; a township without a row gets the defaults.</summary>
    public static async Task<IReadOnlyDictionary<string, AnalysisSettings>> LoadAsync(
        NpgsqlConnection conn, IReadOnlyList<string> townshipCodes, CancellationToken ct)
    {
        var found = townshipCodes.Distinct().ToDictionary(c => c, _ => AnalysisSettings.Default);
        await using var cmd = new NpgsqlCommand(Sql, conn);
        cmd.Parameters.Add(P(found.Keys.ToArray()));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            found[reader.GetString(0)] = AnalysisSettings.FromJson(reader.Text(1));
        return found;
    }
}
