using Npgsql;

namespace Zones.Server.Data.Complaints;

/// <summary>A place an address names: what it is (shop, place, road, zone), its name and a point for it (WGS84).</summary>
public sealed record GazetteerHit(string TownshipCode, string Kind, string Name, double Lon, double Lat);

/// <summary>
/// Locates an address by the names a township already holds — its roads, places (村委会, 学校, 公交站 …),
/// shops and zones (<c>zones.gazetteer_match</c>, migration 0028): Open311 reports that send
/// <c>address_string</c> without coordinates. No outside geocoder: the township's own names are the ones
/// its residents and hotline operators use.
/// </summary>
public sealed class Gazetteer(NpgsqlDataSource db)
{
    const string MatchSql = """
        SELECT township_code, kind, name, lon, lat FROM zones.gazetteer_match($1::text[], $2) LIMIT 1
        """;

    /// <summary>The best match of <paramref name="address"/> in <paramref name="townships"/>, or null when no name fits.</summary>
    public async Task<GazetteerHit?> LocateAsync(IReadOnlyList<string> townships, string address, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(MatchSql);
        cmd.Parameters.Add(Sql.P(townships.ToArray()));
        cmd.Parameters.Add(Sql.P(address));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? new GazetteerHit(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetDouble(4)) : null;
    }

    /// <summary>How a kind of match reads in messages.</summary>
    public static string Chinese(string kind) => kind switch
    {
        "shop" => "门店", "place" => "地点", "road" => "道路", "zone" => "片区", _ => kind,
    };
}
