using Npgsql;

namespace Zones.Server.Tests.Http.Ogc;

/// <summary>The expected side of the Part 2 tests: each live asset's point as PostGIS transforms it.</summary>
static class AssetPoints
{
    /// <summary>id → (first, second) axis of ST_Transform(geom, srid), swapped for latitude- or northing-first CRSs.</summary>
    public static async Task<Dictionary<long, (double, double)>> InCrsAsync(NpgsqlDataSource db, int srid, bool swap)
    {
        var (a, b) = swap ? ("ST_Y", "ST_X") : ("ST_X", "ST_Y");
        await using var cmd = db.CreateCommand(FormattableString.Invariant(
            $"SELECT id, {a}(p), {b}(p) FROM (SELECT id, ST_Transform(geom, {srid}) p FROM zones.asset WHERE retired_at IS NULL) x"));
        await using var r = await cmd.ExecuteReaderAsync();
        var points = new Dictionary<long, (double, double)>();
        while (await r.ReadAsync())
            points[r.GetInt64(0)] = (r.GetDouble(1), r.GetDouble(2));
        return points;
    }
}
