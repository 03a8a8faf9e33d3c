using System.Net;
using System.Text;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary><c>GET /export/{target}.{format}</c> through the real HTTP pipeline over the demo township, counts checked against PostGIS.</summary>
[Collection(PostgisCollection.Name)]
public class ExportEndpointTests(PostgisFixture pg) : IAsyncLifetime
{
    ZonesApplication _app = null!;

    public Task InitializeAsync()
    {
        _app = new ZonesApplication(pg.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    async Task<(HttpResponseMessage Response, byte[] Body)> GetAsync(string path)
    {
        var response = await _app.CreateClient().GetAsync(path);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Assets_CSV_starts_with_the_BOM_and_has_Chinese_headers_and_a_Chinese_file_name()
    {
        var (response, body) = await GetAsync($"/export/assets.csv?township={pg.TownshipCode}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], body[..3]);
        var text = Encoding.UTF8.GetString(body, 3, body.Length - 3);
        var header = text[..text.IndexOf("\r\n", StringComparison.Ordinal)];
        Assert.StartsWith("编码,", header);
        Assert.Contains("状态", header);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"assets-{pg.TownshipCode}.csv", disposition.FileName!.Trim('"'));
        Assert.Equal($"部件-{pg.TownshipCode}.csv", disposition.FileNameStar);
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length - 1;
        Assert.Equal(await pg.ScalarAsync<long>($"SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND township_code = '{pg.TownshipCode}'"), rows);
    }

    [Fact]
    public async Task English_CSV_has_our_field_names_and_codes()
    {
        var (response, body) = await GetAsync($"/export/assets.csv?township={pg.TownshipCode}&english=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("identifier,", Encoding.UTF8.GetString(body, 3, body.Length - 3));
    }

    [Theory]
    [InlineData("zones", "SELECT count(*) FROM zones.zone WHERE valid_to IS NULL AND township_code = '{0}'")]
    [InlineData("roads", "SELECT count(*) FROM zones.road WHERE retired_at IS NULL AND township_code = '{0}'")]
    [InlineData("assets", "SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND township_code = '{0}'")]
    [InlineData("complaints", "SELECT count(*) FROM zones.complaint WHERE township_code = '{0}'")]
    public async Task GeoJSON_has_as_many_features_as_the_database(string target, string countSql)
    {
        var (response, body) = await GetAsync($"/export/{target}.geojson?township={pg.TownshipCode}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        var doc = JsonDocument.Parse(body).RootElement;
        Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
        Assert.Equal(await pg.ScalarAsync<long>(string.Format(countSql, pg.TownshipCode)), doc.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task A_bbox_keeps_only_the_features_inside_it()
    {
        var all = JsonDocument.Parse((await GetAsync($"/export/assets.geojson?township={pg.TownshipCode}")).Body).RootElement.GetProperty("features").GetArrayLength();
        var (response, body) = await GetAsync($"/export/assets.geojson?township={pg.TownshipCode}&bbox=119.80,31.03,119.81,31.04");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var some = JsonDocument.Parse(body).RootElement.GetProperty("features").GetArrayLength();
        Assert.Equal(await pg.ScalarAsync<long>($"""
            SELECT count(*) FROM zones.asset WHERE retired_at IS NULL AND township_code = '{pg.TownshipCode}'
              AND geom && ST_MakeEnvelope(119.80, 31.03, 119.81, 31.04, 4326)
            """), some);
        Assert.True(some <= all);
    }

    [Theory]
    [InlineData("/export/assets.xls?township={0}", "INVALID_FORMAT")]
    [InlineData("/export/things.csv?township={0}", "INVALID_TARGET")]
    [InlineData("/export/assets.csv?township={0}&bbox=1,2,3", "INVALID_BBOX")]
    [InlineData("/export/assets.csv?township={0}&bbox=120,31,119,32", "INVALID_BBOX")]
    [InlineData("/export/assets.csv?township={0}&english=maybe", "INVALID_VALUE")]
    public async Task Bad_parameters_are_400_with_a_JSON_message(string path, string code)
    {
        var (response, body) = await GetAsync(string.Format(path, pg.TownshipCode));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task Anonymous_exports_hold_the_public_townships_and_an_unknown_one_is_404()
    {
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/export/assets.csv")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/export/assets.csv?township=999999999999")).Response.StatusCode);
    }
}
