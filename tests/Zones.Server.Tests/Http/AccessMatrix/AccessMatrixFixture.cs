using Microsoft.Extensions.DependencyInjection;
using Zones.Server.Data.Analysis;
using Zones.Server.Tests.Support;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// The world of the access matrix, made once for the class: the demo and the second township in a
/// database of its own (<c>{ZONES_TEST_DB database}_matrix</c>: the matrix writes), one server over it,
/// one client per actor (each account signs in once), and where fresh rows go.
/// </summary>
public sealed class AccessMatrixFixture() : TwoTownshipsDatabase("_matrix")
{
    readonly Dictionary<string, HttpClient> _clients = [];

    public ZonesApplication App { get; private set; } = null!;
    public SignedInClients SignIns { get; private set; } = null!;
    public FreshRows Fresh { get; private set; } = null!;
    public IReadOnlyList<MatrixActor> Actors { get; private set; } = [];

    /// <summary>The demo (public) and the second township (not public).</summary>
    public IReadOnlyList<MatrixTownship> Townships { get; private set; } = [];

    public string[] Codes => [.. Townships.Select(t => t.Code)];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App = new ZonesApplication(ConnectionString);
        SignIns = new SignedInClients(App);
        Fresh = new FreshRows(DataSource);
        Actors = MatrixActor.All(DemoCode);
        var townships = new List<MatrixTownship>();
        foreach (var township in new[] { await MatrixTownship.DemoAsync(DataSource, DemoCode), MatrixTownship.Second(Second) })
        {
            await AssertGridInsideAsync(township);
            foreach (var (layer, spot) in township.Spots)
                Assert.True(await OnlyItsTilesAsync(township, spot), $"the {layer} tiles of {township} reach another township");
            townships.Add(await WithPhotosAsync(await WithGapAsync(township)));
            await Fresh.FoldedReportAsync(township, township.ComplaintId);  // Complaint.reports has a row to show (or hide)
            await Fresh.NotificationsAsync(township);
        }
        Townships = townships;
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
            client.Dispose();
        if (App is not null)
            await App.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>The actor's client, signed in on first use.</summary>
    public async Task<HttpClient> ClientAsync(MatrixActor actor)
    {
        if (!_clients.TryGetValue(actor.Name, out var client))
            _clients[actor.Name] = client = await SignIns.ForAsync(actor.Who);
        return client;
    }

    const string GridInsideSql = "SELECT ST_CoveredBy(ST_MakeEnvelope($1, $2, $3, $4, 4326), geom) FROM zones.zone WHERE id = $5";

    async Task AssertGridInsideAsync(MatrixTownship t)
    {
        await using var cmd = DataSource.CreateCommand(GridInsideSql);
        cmd.Parameters.AddRange(new Npgsql.NpgsqlParameter[] { P(t.Grid.Lon), P(t.Grid.Lat), P(t.Grid.Lon + FreshRows.Columns * FreshRows.CellSize),
                                                               P(t.Grid.Lat + FreshRows.Rows * FreshRows.CellSize), P(t.BoundaryZoneId) });
        Assert.True((bool)(await cmd.ExecuteScalarAsync())!, $"the fresh-row grid of {t} must lie inside its boundary");
    }

    /// <summary>
    /// The township with one of its coverage gaps (computed as the gaps tile layer computes them): its
    /// kind, and a point on it as the spot of the gaps layer, on tiles only this township reaches.
    /// </summary>
    async Task<MatrixTownship> WithGapAsync(MatrixTownship t)
    {
        var gaps = await App.Services.GetRequiredService<CoverageGapService>().FindAsync([t.Code], null, null, CancellationToken.None);
        foreach (var gap in gaps)
        {
            var at = new LonLat(gap.Geometry.InteriorPoint.X, gap.Geometry.InteriorPoint.Y);
            if (await OnlyItsTilesAsync(t, at))
            {
                t.Spots["gaps"] = at;
                return t with { GapKind = gap.Kind.ToUpperInvariant() };
            }
        }
        throw new InvalidOperationException($"{t} has no coverage gap on tiles of its own to find on the gaps tile layer");
    }

    const string PhotoSql = """
        INSERT INTO zones.complaint_photo (township_code, complaint_id, phase, jpeg, thumbnail, width, height, uploaded_by)
        SELECT township_code, id, $2, $3, $3, 60, 40, 'matrix' FROM zones.complaint WHERE id = $1
        RETURNING id
        """;

    /// <summary>The township with a 整改前 and a 整改后 photo of its case (inserted by SQL, as fresh rows are).</summary>
    async Task<MatrixTownship> WithPhotosAsync(MatrixTownship t)
    {
        var jpeg = Data.Photos.TestImages.Jpeg(60, 40);
        return t with
        {
            BeforePhotoId = await DataSource.ScalarAsync<long>(PhotoSql, t.ComplaintId, "before", jpeg),
            AfterPhotoId = await DataSource.ScalarAsync<long>(PhotoSql, t.ComplaintId, "after", jpeg),
        };
    }

    const string OtherTownshipsOnTileSql = """
        SELECT count(*) FROM zones.zone
        WHERE level = 'township' AND valid_to IS NULL AND township_code <> $1 AND ST_Intersects(geom, ST_MakeEnvelope($2, $3, $4, $5, 4326))
        """;

    /// <summary>Whether the tiles the matrix asks at <paramref name="at"/> (with their buffer) reach no other township: else a tile of this one could show the other's rows.</summary>
    async Task<bool> OnlyItsTilesAsync(MatrixTownship t, LonLat at)
    {
        foreach (var z in ReadMatrix.TileZooms)
        {
            var (minLon, minLat, maxLon, maxLat) = ReadMatrix.TileOf(at, z).LonLatBounds(0.125);
            await using var cmd = DataSource.CreateCommand(OtherTownshipsOnTileSql);
            cmd.Parameters.AddRange(new Npgsql.NpgsqlParameter[] { P(t.Code), P(minLon), P(minLat), P(maxLon), P(maxLat) });
            if ((long)(await cmd.ExecuteScalarAsync())! > 0)
                return false;
        }
        return true;
    }
}
