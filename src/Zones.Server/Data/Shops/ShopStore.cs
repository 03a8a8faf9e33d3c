using Npgsql;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Shops;

/// <summary>What lies within a shop's 门前三包: the complaints the rule zones.within_shop_frontage (0021) finds.</summary>
public sealed class ShopStore(NpgsqlDataSource db)
{
    // $1 shop ids, $2 open filter (null: all). within_shop_frontage inlines to one ST_DWithin on
    // complaint.geom::geography, which complaint_geog_idx (0005) answers. A shop's complaints are of its
    // own township, so whoever may read the shop may read them.
    const string ComplaintIdsSql = $"""
        SELECT t.id, c.id
        FROM {ShopSources.FromWithFrontage}
        JOIN zones.complaint c ON c.township_code = t.township_code AND zones.within_shop_frontage(c.geom, t.geom, f.geom)
        WHERE t.id = ANY($1) AND ($2::boolean IS NULL OR zones.complaint_is_open(c.stage) = $2)
        ORDER BY t.id, c.reported_at DESC, c.id
        """;

    /// <summary>Per shop id, the ids of the complaints within its frontage, newest first; <paramref name="open"/> null for all.</summary>
    public async Task<ILookup<long, long>> ComplaintIdsAsync(IReadOnlyCollection<long> shopIds, bool? open, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ComplaintIdsSql);
        cmd.Parameters.Add(P(shopIds.ToArray()));
        cmd.Parameters.Add(new NpgsqlParameter<bool?> { TypedValue = open, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Boolean });
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var pairs = new List<(long Shop, long Complaint)>();
        while (await reader.ReadAsync(ct))
            pairs.Add((reader.GetInt64(0), reader.GetInt64(1)));
        return pairs.ToLookup(p => p.Shop, p => p.Complaint);
    }
}
