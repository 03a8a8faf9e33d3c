using Npgsql;
using Zones.GraphQL.Execution;

namespace Zones.Server.Schema;

/// <summary>
/// Anonymous requests read only townships the deployment marks public (<c>zones.township.is_public</c>;
/// the demo is public, production is not by default). Signed-in users read everything.
/// </summary>
public sealed class Visibility(NpgsqlDataSource db)
{
    /// <summary>The SQL fragment list queries add for anonymous callers.</summary>
    public const string PublicOnlySql = "t.township_code IN (SELECT division_code FROM zones.township WHERE is_public)";

    // Marking a township public is rare; a short cache keeps id lookups from asking every time.
    static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    (DateTime At, HashSet<string> Codes)? _cache;

    public async Task<bool> CanSeeAsync(ResolveContext ctx, string townshipCode)
    {
        if (ctx.Zones().Actor is not null)
            return true;
        if (_cache is not { } c || DateTime.UtcNow - c.At > CacheFor)
        {
            await using var cmd = db.CreateCommand("SELECT division_code FROM zones.township WHERE is_public");
            await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
            var codes = new HashSet<string>();
            while (await reader.ReadAsync(ctx.CancellationToken))
                codes.Add(reader.GetString(0));
            _cache = c = (DateTime.UtcNow, codes);
        }
        return c.Codes.Contains(townshipCode);
    }

    /// <summary>The division codes of every township the caller may see (all for signed-in users), ordered.</summary>
    public async Task<IReadOnlyList<string>> TownshipsAsync(ResolveContext ctx)
    {
        await using var cmd = db.CreateCommand(ctx.Zones().Actor is null
            ? "SELECT division_code FROM zones.township WHERE is_public ORDER BY division_code"
            : "SELECT division_code FROM zones.township ORDER BY division_code");
        await using var reader = await cmd.ExecuteReaderAsync(ctx.CancellationToken);
        var codes = new List<string>();
        while (await reader.ReadAsync(ctx.CancellationToken))
            codes.Add(reader.GetString(0));
        return codes;
    }

    /// <summary>Keeps the rows of <paramref name="rows"/> the caller may see.</summary>
    public async Task<List<T>> FilterAsync<T>(ResolveContext ctx, IEnumerable<T> rows, Func<T, string> township)
    {
        var visible = new List<T>();
        foreach (var row in rows)
            if (await CanSeeAsync(ctx, township(row)))
                visible.Add(row);
        return visible;
    }
}
