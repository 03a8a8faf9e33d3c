using Npgsql;

namespace Zones.Server.Data.Tiles;

/// <summary>
/// The connections tiles are built on: a pool of their own whose sessions never plan parallel
/// workers. A z14 asset tile got a parallel bitmap scan whose worker initialises PROJ for its
/// ST_Transform calls on every tile (198 ms against 61 ms serial on the county data); tiles are
/// small statements that many clients ask for at once, so one core each is the right share anyway.
/// </summary>
public sealed class TileDatabase(NpgsqlDataSource source) : IAsyncDisposable
{
    public const string Options = "-c max_parallel_workers_per_gather=0";

    public NpgsqlDataSource Source { get; } = source;

    public ValueTask DisposeAsync() => Source.DisposeAsync();
}
