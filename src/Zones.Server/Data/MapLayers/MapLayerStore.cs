using Npgsql;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.MapLayers;

/// <summary>
/// SQL access to <c>zones.user_map_layer</c>: a user's external map layers, read in drawing order and
/// saved as a whole list (the client sends what its layer panel shows). The user is found by the
/// actor's login name through the unique <c>lower(username)</c> index; an API key's name
/// (<c>apikey:…</c>) matches no user, so keys have no layers.
/// </summary>
public sealed class MapLayerStore(NpgsqlDataSource db)
{
    const string Columns = "id, title, kind, url, layer, matrix_set, format, style, opacity, visible, position";

    // LEFT JOIN from the user: no row at all = no such user account (an API key); one row of NULLs = no layers.
    const string ListSql = """
        SELECT l.id, l.title, l.kind, l.url, l.layer, l.matrix_set, l.format, l.style, l.opacity, l.visible, l.position
        FROM zones.app_user u
        LEFT JOIN zones.user_map_layer l ON l.user_id = u.id
        WHERE lower(u.username) = lower($1) AND u.disabled_at IS NULL
        ORDER BY l.position
        """;

    /// <summary>The layers of the user signed in as <paramref name="username"/>, bottom first; null when no user account has that name.</summary>
    public async Task<List<MapLayer>?> ListAsync(string username, CancellationToken ct)
    {
        await using var cmd = db.CreateCommand(ListSql);
        cmd.Parameters.Add(P(username));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        List<MapLayer>? layers = null;
        while (await reader.ReadAsync(ct))
        {
            layers ??= [];
            if (!reader.IsDBNull(0))
                layers.Add(Read(reader));
        }
        return layers;
    }

    const string UserSql = "SELECT id FROM zones.app_user WHERE lower(username) = lower($1) AND disabled_at IS NULL";

    const string DeleteSql = "DELETE FROM zones.user_map_layer WHERE user_id = $1";

    // unnest of parallel arrays: one INSERT for the whole list; WITH ORDINALITY gives the position.
    const string InsertSql = $"""
        INSERT INTO zones.user_map_layer (user_id, position, title, kind, url, layer, matrix_set, format, style, opacity, visible)
        SELECT $1, l.n - 1, l.title, l.kind, l.url, l.layer, l.matrix_set, l.format, l.style, l.opacity, l.visible
        FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::float8[], $10::bool[])
               WITH ORDINALITY AS l(title, kind, url, layer, matrix_set, format, style, opacity, visible, n)
        RETURNING {Columns}
        """;

    /// <summary>
    /// Replaces the user's layers with <paramref name="layers"/> (checked by <see cref="MapLayerChecks"/>)
    /// in one transaction; null when the actor is no user account (an API key).
    /// </summary>
    public Task<List<MapLayer>?> ReplaceAsync(Actor actor, IReadOnlyList<MapLayerInput> layers, CancellationToken ct) =>
        db.InTransactionAsync<List<MapLayer>?>(actor, async (conn, tx) =>
        {
            if (await ScalarAsync(conn, tx, UserSql, P(actor.Name), ct) is not long userId)
                return null;
            await ScalarAsync(conn, tx, DeleteSql, P(userId), ct);
            await using var insert = new NpgsqlCommand(InsertSql, conn, tx);
            insert.Parameters.Add(P(userId));
            insert.Parameters.Add(P(layers.Select(l => l.Title.Trim()).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.Kind).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.Url.Trim()).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.Layer).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.MatrixSet).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.Format).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.Style).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.Opacity).ToArray()));
            insert.Parameters.Add(P(layers.Select(l => l.Visible).ToArray()));
            var saved = await ReadAsync(insert, ct);
            return saved.OrderBy(l => l.Position).ToList();
        }, null, ct);

    static async Task<object?> ScalarAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, NpgsqlParameter parameter, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        cmd.Parameters.Add(parameter);
        return await cmd.ExecuteScalarAsync(ct);
    }

    static async Task<List<MapLayer>> ReadAsync(NpgsqlCommand cmd, CancellationToken ct)
    {
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var layers = new List<MapLayer>();
        while (await reader.ReadAsync(ct))
            layers.Add(Read(reader));
        return layers;
    }

    static MapLayer Read(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.Text(4), reader.Text(5),
            reader.Text(6), reader.Text(7), reader.GetDouble(8), reader.GetBoolean(9), reader.GetInt32(10));
}
