using Zones.Server.Data.Replica;

namespace Zones.Server.Data.Tiles;

/// <summary>
/// The connections tiles are built on: a pool of their own whose sessions never plan parallel
/// workers. A z14 asset tile got a parallel bitmap scan whose worker initialises PROJ for its
/// ST_Transform calls on every tile (198 ms against 61 ms serial on the county data); tiles are
/// small statements that many clients ask for at once, so one core each is the right share anyway.
/// Tiles are reads: with a standby configured the pool reads from it (<see cref="ReadDataSource"/>).
/// </summary>
public sealed class TileDatabase(ReadDataSource reads) : IAsyncDisposable
{
    public const string Options = "-c max_parallel_workers_per_gather=0";

    public ReadDataSource Reads { get; } = reads;

    /// <summary>The pool tiles usually read from (the standby's when there is one), for warming it up.</summary>
    public Npgsql.NpgsqlDataSource Source => Reads.Standby ?? Reads.Primary;

    public async ValueTask DisposeAsync()
    {
        await Reads.DisposeAsync();
        await Reads.Primary.DisposeAsync();
    }
}
