using System.Text;
using System.Text.Json.Nodes;
using static Zones.Server.Tests.Http.Corpus.BadInput;

namespace Zones.Server.Tests.Http.Corpus;

/// <summary>OGC API Features, tiles, export, Open311, sign-in and import, each wrong in one way.</summary>
static partial class BadInputCorpus
{
    static readonly string[] OgcQueries =
    [
        "bbox=a,b,c,d", "bbox=1,2,3", "bbox=NaN,31,120,32", "bbox=-Infinity,31,120,32", "bbox=119,31,118,32", "bbox=119,91,120,92",
        "bbox=1e400,31,120,32", "bbox=119%00,31,120,32", "bbox-crs=EPSG:9999", "bbox-crs=%00",
        "bbox=3435000,480000,3436000,481000&bbox-crs=EPSG:4549&crs=EPSG:2000", "crs=%00", "filter=status%20%3D", "filter=%27",
        "filter-lang=sql", "filter-crs=EPSG:9999", "sortby=%2Bnope", "properties=nope", "skipGeometry=maybe",
        "datetime=0001-01-01", "datetime=9999-12-31", "datetime=0001-01-01T00:00:00Z/..", "datetime=../9999-12-31T23:59:59Z",
        "datetime=9999-12-31T23:59:59-08:00", "datetime=0001-01-01T00:00:00%2B08:00", "datetime=2026-02-30",
        "datetime=2026-11-02/2026-11-01", "datetime=a/b/c", "datetime=%00", "datetime=2026-11-01%00",
        "limit=99999999999", "limit=-1", "limit=1e3", "limit=%00", "offset=99999999999999999999",
        "offset=-5", "f=xml", "f=%00", "unknown=1", "%00=1", "bbox=%FF%FE", "datetime=%C3",
    ];

    static readonly string[] TilePaths =
    [
        "/tiles/zones/23/0/0.mvt", "/tiles/zones/99999999999/0/0.mvt", "/tiles/zones/-1/0/0.mvt", "/tiles/zones/1/2/0.mvt",
        "/tiles/zones/14/99999999999/0.mvt", "/tiles/assets/14/1/1.png", "/tiles/nothing/1/0/0.mvt", "/tiles/zones/a/b/c.mvt",
        "/tiles/zones/14/13651/6728.mvt?townshipCode=%00", "/tiles/%FF/1/0/0.mvt",
        "/tiles/gaps/14/13651/6728.mvt?kinds=%00", "/tiles/zones.json?x=%FF",
    ];

    static readonly string[] ExportPaths =
    [
        "/export/nothing.csv", "/export/zones.xls", "/export/zones.csv?bbox=a", "/export/zones.csv?bbox=NaN,1,2,3",
        "/export/zones.csv?bbox=119,31,118,30", "/export/assets.csv?english=maybe", "/export/assets.csv?township=%00",
        "/export/assets.csv?township=999999999999", "/export/assets.csv?township=%FF%FE", "/export/roads.geojson?bbox=1e400,0,1,1",
        "/export/ZONES.csv",
    ];

    static readonly string[] Open311Gets =
    [
        "/open311/v2/requests.json?start_date=0001-01-01T00:00:00Z", "/open311/v2/requests.json?end_date=9999-12-31T23:59:59Z",
        "/open311/v2/requests.json?start_date=0001-01-01T00:00:00%2B08:00", "/open311/v2/requests.json?start_date=9999-12-31T23:59:59-08:00",
        "/open311/v2/requests.json?start_date=0001-01-01", "/open311/v2/requests.json?start_date=2026-02-30",
        "/open311/v2/requests.json?page=0", "/open311/v2/requests.json?page=99999999999", "/open311/v2/requests.json?page_size=-1",
        "/open311/v2/requests.json?status=maybe", "/open311/v2/requests.json?service_code=%00",
        "/open311/v2/requests.json?service_request_id=%00", "/open311/v2/requests.json?jurisdiction_id=%00",
        "/open311/v2/requests.json?jurisdiction_id=%FF%FE", "/open311/v2/requests/x.csv",
        "/open311/v2/services.csv", "/open311/v2/services.json?jurisdiction_id=%00",
        "/open311/v2/requests.json?start_date=2026-11-02T00:00:00Z&end_date=2026-01-01T00:00:00Z",
    ];

    static Dictionary<string, string> Report(string? key = "demo-hotline-key-12345") => new()
    {
        ["api_key"] = key ?? "", ["service_code"] = "E0102", ["lat"] = "31.035", ["long"] = "119.805", ["description"] = "坏输入",
    };

    static Dictionary<string, string> ReportWith(string field, string value)
    {
        var form = Report();
        form[field] = value;
        return form;
    }

    static IEnumerable<BadInput> HttpCases()
    {
        foreach (var q in OgcQueries)
            yield return Get($"ogc items ?{q}", $"/ogc/collections/assets/items?{q}");
        yield return Get("ogc item id not a number", "/ogc/collections/assets/items/x");
        yield return Get("ogc item id beyond bigint", "/ogc/collections/assets/items/99999999999999999999");
        yield return Get("ogc collection invalid UTF-8", "/ogc/collections/%FF%FE/items");
        foreach (var p in TilePaths)
            yield return Get($"tiles {p}", p);
        foreach (var p in ExportPaths)
            yield return Get($"export {p}", p);
        yield return Get("export signed in township NUL", "/export/assets.csv?township=%00", admin: true);
        foreach (var p in Open311Gets)
            yield return Get($"open311 GET {p}", p);
        foreach (var c in Open311Posts())
            yield return c;
        foreach (var c in LoginCases())
            yield return c;
        foreach (var c in ImportCases())
            yield return c;
    }

    static IEnumerable<BadInput> Open311Posts()
    {
        const string path = "/open311/v2/requests.json";
        foreach (var field in new[] { "service_code", "description", "first_name", "last_name", "phone", "email", "address_string", "media_url", "lat", "long", "api_key" })
            yield return Form($"open311 POST NUL in {field}", path, ReportWith(field, "a\u0000b"));
        foreach (var (field, value) in new[] { ("lat", "NaN"), ("long", "Infinity"), ("lat", "1e400"), ("lat", "95"), ("long", "-200"),
                     ("lat", "0"), ("service_code", "E99999999999"), ("email", "no-at-sign"), ("description", new string('长', 200_000)) })
            yield return Form($"open311 POST {field}={value[..Math.Min(12, value.Length)]}", path, ReportWith(field, value));
        yield return Form("open311 POST without a key", path, Report(null));
        yield return Form("open311 POST with a wrong key", path, Report("wrong"));
        yield return new("open311 POST invalid UTF-8 form", "POST", path, "application/x-www-form-urlencoded",
            [.. Encoding.UTF8.GetBytes("api_key=demo-hotline-key-12345&service_code=E0102&lat=31.035&long=119.805&description="), 0xFF, 0xFE], "4xx", false);
        yield return new("open311 POST invalid percent-encoded UTF-8", "POST", path, "application/x-www-form-urlencoded",
            Encoding.ASCII.GetBytes("api_key=demo-hotline-key-12345&service_code=E0102&lat=31.035&long=119.805&description=%FF%FE"), "4xx", false);
        yield return Send("open311 POST JSON body", "POST", path, "application/json",
            """{"api_key":"demo-hotline-key-12345","service_code":"E0102","lat":31.035,"long":119.805}""", admin: false);
        yield return Send("open311 POST text body", "POST", path, "text/plain", "service_code=E0102", admin: false);
        yield return Send("open311 POST no content type", "POST", path, null, "service_code=E0102", admin: false);
        yield return Send("open311 POST xml format unsupported suffix", "POST", "/open311/v2/requests.csv", "application/x-www-form-urlencoded", "service_code=E0102", admin: false);
        yield return new("open311 POST 30 MB multipart", "POST", path, "multipart/form-data; boundary=zz", Multipart(30 << 20), "4xx", false);
        yield return new("open311 POST 30 MB form", "POST", path, "application/x-www-form-urlencoded",
            Encoding.ASCII.GetBytes("api_key=demo-hotline-key-12345&service_code=E0102&lat=31.035&long=119.805&description=" + new string('x', 30 << 20)), "4xx", false);
        yield return Send("open311 POST multipart without boundary", "POST", path, "multipart/form-data", "--zz--", admin: false);
        yield return Send("open311 POST multipart cut off", "POST", path, "multipart/form-data; boundary=zz",
            "--zz\r\nContent-Disposition: form-data; name=\"service_code\"\r\n\r\nE01", admin: false);
        yield return Send("open311 POST multipart NUL field", "POST", path, "multipart/form-data; boundary=zz",
            MultipartText(("api_key", "demo-hotline-key-12345"), ("service_code", "E0102"), ("lat", "31.035"), ("long", "119.805"), ("description", "a\u0000b")), admin: false);
    }

    static string MultipartText(params (string Name, string Value)[] fields) =>
        string.Concat(fields.Select(f => $"--zz\r\nContent-Disposition: form-data; name=\"{f.Name}\"\r\n\r\n{f.Value}\r\n")) + "--zz--\r\n";

    static byte[] Multipart(int size) => Encoding.UTF8.GetBytes(
        MultipartText(("api_key", "demo-hotline-key-12345"), ("service_code", "E0102"), ("lat", "31.035"), ("long", "119.805"))[..^8] +
        "--zz\r\nContent-Disposition: form-data; name=\"media\"; filename=\"big.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n" +
        new string('x', size) + "\r\n--zz--\r\n");

    static IEnumerable<BadInput> LoginCases() =>
    [
        Send("login not JSON", "POST", "/auth/login", "application/json", "{username: admin}", admin: false),
        Send("login form", "POST", "/auth/login", "application/x-www-form-urlencoded", "username=admin&password=x", admin: false),
        Send("login username a number", "POST", "/auth/login", "application/json", """{"username": 5, "password": "x"}""", admin: false),
        Send("login NUL username", "POST", "/auth/login", "application/json", """{"username": "ad\u0000min", "password": "x"}""", admin: false),
        Send("login NUL password", "POST", "/auth/login", "application/json", """{"username": "nobody-corpus", "password": "\u0000"}""", admin: false),
        Send("login lone surrogate", "POST", "/auth/login", "application/json", """{"username": "\ud800", "password": "x"}""", admin: false),
        Send("login huge username", "POST", "/auth/login", "application/json", "{\"username\": \"" + new string('a', 2_000_000) + "\", \"password\": \"x\"}", admin: false),
        Send("login nested 10000 deep", "POST", "/auth/login", "application/json", "{\"username\": " + new string('[', 10_000) + new string(']', 10_000) + "}", admin: false),
        new("login invalid UTF-8", "POST", "/auth/login", "application/json", Utf8Bad("{\"username\": \"", "\", \"password\": \"x\"}"), "4xx", false),
        Send("login empty body", "POST", "/auth/login", "application/json", "", admin: false),
    ];

    /// <summary>An import (not a dry run) that must be rejected: a typed error, or a report that did not succeed.</summary>
    static BadInput Import(string name, string target, string content, string? format = null, string? crs = null) =>
        Graphql($"import {name}", "mutation($input: ImportFeaturesInput!) { importFeatures(input: $input) { " +
                "report { succeeded written problems { message } } errors { ... on UserError { code message } } } }",
                new JsonObject { ["input"] = new JsonObject
                {
                    ["target"] = target, ["townshipCode"] = "{township}", ["content"] = content, ["format"] = format, ["crs"] = crs,
                } }, "rejected");

    const string AssetCsvHeader = "identifier,kind,class_code,lon,lat\n";

    static IEnumerable<BadInput> ImportCases() =>
    [
        Import("NUL in a CSV cell", "ASSETS", AssetCsvHeader + "IMP-1\u0000,bin,0305,119.805,31.035\n", "CSV"),
        Import("NaN coordinate", "ASSETS", AssetCsvHeader + "IMP-2,bin,0305,NaN,31.035\n", "CSV"),
        Import("Infinity coordinate", "ASSETS", AssetCsvHeader + "IMP-3,bin,0305,Infinity,31.035\n", "CSV"),
        Import("latitude 95", "ASSETS", AssetCsvHeader + "IMP-4,bin,0305,119.805,95\n", "CSV"),
        Import("install date year 1", "ASSETS", "identifier,kind,class_code,lon,lat,install_date\nIMP-5,bin,0305,119.805,31.035,0001-01-01\n", "CSV"),
        Import("install date year 9999", "ASSETS", "identifier,kind,class_code,lon,lat,install_date\nIMP-6,bin,0305,119.805,31.035,9999-12-31\n", "CSV"),
        Import("complaint reported in year 1", "COMPLAINTS",
            "lon,lat,category_kind,category_code,source,description,reported_at\n119.805,31.035,event,0102,citizen,坏输入,0001-01-01T00:00:00+08:00\n", "CSV"),
        Import("complaint reported in year 9999", "COMPLAINTS",
            "lon,lat,category_kind,category_code,source,description,reported_at\n119.805,31.035,event,0102,citizen,坏输入,9999-12-31T23:59:59+08:00\n", "CSV"),
        Import("zone ring of three points", "ZONES",
            """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"坏","level":"group","parent_code":"330522125000"},"geometry":{"type":"Polygon","coordinates":[[[119.804,31.034],[119.805,31.034],[119.804,31.034]]]}}]}""", "GEOJSON"),
        Import("geojson NaN-like coordinate", "ASSETS",
            """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"identifier":"IMP-7","kind":"bin","class_code":"0305"},"geometry":{"type":"Point","coordinates":[1e400,31]}}]}""", "GEOJSON"),
        Import("geojson nested 5000 deep", "ASSETS", "{\"type\":\"FeatureCollection\",\"features\":" + new string('[', 5000) + new string(']', 5000) + "}", "GEOJSON"),
        Import("EPSG:4528 given lon/lat", "ASSETS", AssetCsvHeader + "IMP-8,bin,0305,119.805,31.035\n", "CSV", "EPSG:4528"),
        Import("unknown CRS", "ASSETS", AssetCsvHeader + "IMP-9,bin,0305,119.805,31.035\n", "CSV", "EPSG:99999"),
        Import("CSV with a broken quote", "ASSETS", AssetCsvHeader + "\"IMP-10,bin,0305,119.805,31.035\n", "CSV"),
        Import("JSON that is not GeoJSON", "ASSETS", """{"hello": "world"}""", "GEOJSON"),
        Import("geojson NUL in a property", "ASSETS",
            """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"identifier":"IMP-\u0000","kind":"bin","class_code":"0305"},"geometry":{"type":"Point","coordinates":[119.805,31.035]}}]}""", "GEOJSON"),
        Import("road code with NUL", "ROADS",
            """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"R\u0000","name":"坏路","class":"branch"},"geometry":{"type":"LineString","coordinates":[[119.804,31.034],[119.805,31.035]]}}]}""", "GEOJSON"),
        Import("empty content", "ASSETS", "", "CSV"),
        Mutation("import township NUL", "importFeatures", new JsonObject
        {
            ["target"] = "ASSETS", ["townshipCode"] = "{township}\u0000", ["content"] = AssetCsvHeader + "IMP-11,bin,0305,119.805,31.035\n",
        }),
    ];
}
