using System.Net;
using System.Text.Json;
using Zones.Server.Data;
using Zones.Server.Data.Tiles;
using static System.FormattableString;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// THE read matrix: every read path, how to ask it for township X, and how to tell that the answer
/// holds X's rows. GraphQL reads use one root field each (aliased <c>x</c>): a refused root field
/// nulls the whole data, so siblings would hide each other. Tile rows come from <c>GET /tiles</c>
/// (<see cref="Tiles"/>), so a new layer is asked too; the complaintChanged subscription has its own test.
/// </summary>
public static partial class ReadMatrix
{
    static readonly string[] Collections = ["zones", "roads", "assets", "complaints"];

    /// <summary>OGC collections: the exported ones and shops (not exported).</summary>
    static readonly string[] OgcCollections = [.. Collections, "shops"];

    public static IEnumerable<ReadCase> All =>
    [
        Gql("zones(townshipCode)", "query($v: String!) { x: zones(townshipCode: $v) { totalCount } }", t => t.Code, Total),
        Gql("zones(where: bbox)", "query($v: BBoxInput!) { x: zones(where: {bbox: $v}) { totalCount } }", BoxInput, Total),
        Gql("zone(id)", "query($v: ID!) { x: zone(id: $v) { id } }", t => $"{t.AreaZoneId}", Found),
        Gql("zone(code)", "query($v: String!) { x: zone(code: $v) { id } }", t => t.Code, Found),
        Gql("zonesAt(point)", "query($v: PointInput!) { x: zonesAt(point: $v) { id } }", t => new { lon = t.ComplaintAt.Lon, lat = t.ComplaintAt.Lat }, Any),
        // Time (issue #13 §E): a far-future moment holds every live zone; history is reached through a zone.
        Gql("zonesAsOf(townshipCode)", "query($v: String!) { x: zonesAsOf(townshipCode: $v, at: \"2100-01-01T00:00:00Z\") { zoneId } }", t => t.Code, Any),
        Gql("zone(id) history", "query($v: ID!) { x: zone(id: $v) { history { kind actorName } } }", t => $"{t.AreaZoneId}", Found),
        Gql("roads(townshipCode)", "query($v: String) { x: roads(townshipCode: $v) { totalCount } }", t => t.Code, Total),
        Gql("roads(where: bbox)", "query($v: BBoxInput!) { x: roads(where: {bbox: $v}) { totalCount } }", BoxInput, Total),
        Gql("road(id)", "query($v: ID!) { x: road(id: $v) { id } }", t => $"{t.RoadId}", Found),
        Gql("assets(townshipCode)", "query($v: String) { x: assets(townshipCode: $v) { totalCount } }", t => t.Code, Total),
        Gql("assets(where: bbox)", "query($v: BBoxInput!) { x: assets(where: {bbox: $v}) { totalCount } }", BoxInput, Total),
        Gql("asset(id)", "query($v: ID!) { x: asset(id: $v) { id } }", t => $"{t.AssetId}", Found),
        Gql("complaints(townshipCode)", "query($v: String) { x: complaints(townshipCode: $v) { totalCount } }", t => t.Code, Total),
        Gql("complaints(where: bbox)", "query($v: BBoxInput!) { x: complaints(where: {bbox: $v}) { totalCount } }", BoxInput, Total),
        Gql("complaint(id)", "query($v: ID!) { x: complaint(id: $v) { id } }", t => $"{t.ComplaintId}", Found),
        // 并案 (issue #14 §3): the reports folded into a case are for staff who may read the case; others get an empty list.
        Gql("complaint(id) reports", "query($v: ID!) { x: complaint(id: $v) { reporterCount reports { id reporterPhone } } }", t => $"{t.ComplaintId}",
            (x, _) => x.GetProperty("reports").GetArrayLength() > 0)
            with { Expected = (actor, t) => actor.MayRead(t) && actor.Role is Roles.Admin or Roles.Planner or Roles.Cadre or Roles.Viewer },
        Gql("shops(townshipCode)", "query($v: String) { x: shops(townshipCode: $v) { totalCount } }", t => t.Code, Total),
        Gql("shops(where: bbox)", "query($v: BBoxInput!) { x: shops(where: {bbox: $v}) { totalCount } }", BoxInput, Total),
        Gql("shops(zoneId)", "query($v: ID!) { x: shops(zoneId: $v) { totalCount } }", t => $"{t.AreaZoneId}", Total),
        Gql("shop(id)", "query($v: ID!) { x: shop(id: $v) { id } }", t => $"{t.ShopId}", Found),
        Gql("search(text) shop", "query($v: String!) { x: search(text: $v) { kind id } }", t => t.ShopName,
            (x, t) => x.EnumerateArray().Any(h => h.GetProperty("kind").GetString() == "SHOP" && h.GetProperty("id").GetString() == $"{t.ShopId}")),
        Gql("townships", "{ x: townships { code } }", _ => null, (x, t) => x.EnumerateArray().Any(r => r.GetProperty("code").GetString() == t.Code)),
        Gql("township(code)", "query($v: String!) { x: township(code: $v) { code } }", t => t.Code, Found),
        Gql("counties", "{ x: counties { townships { code } } }", _ => null,
            (x, t) => x.EnumerateArray().Any(c => c.GetProperty("townships").EnumerateArray().Any(r => r.GetProperty("code").GetString() == t.Code))),
        // Accounts are for admins only, within their scope.
        Gql("users(townshipCode)", "query($v: String) { x: users(townshipCode: $v) { username } }", t => t.Code, Any)
            with { Expected = (actor, t) => actor.MayWrite(t, [Roles.Admin]) },
        Gql("apiKeys(townshipCode)", "query($v: String) { x: apiKeys(townshipCode: $v) { prefix } }", t => t.Code, Any)
            with { Expected = (actor, t) => actor.MayWrite(t, [Roles.Admin]) },
        // The caller's own external layers: any user account, whatever the township; anonymous and keys are refused.
        ReadCase.Gql("myMapLayers", "{ x: myMapLayers { title } }", _ => new { }, (root, _) => Data(root) is { } x ? x.ValueKind == JsonValueKind.Array : Refusal(root))
            with { Expected = (actor, _) => actor.Who is { } who && !who.StartsWith("key:", StringComparison.Ordinal) },
        // Notifications (issue #14 §5): the matrix township's notification is addressed to nobody, so its admins see it, nobody else.
        Gql("myNotifications", "{ x: myNotifications(first: 200) { edges { node { townshipCode } } } }", _ => null,
            (x, t) => x.GetProperty("edges").EnumerateArray().Any(e => e.GetProperty("node").GetProperty("townshipCode").GetString() == t.Code))
            with { Expected = (actor, t) => actor.MayWrite(t, [Roles.Admin]) },
        Gql("webhooks(townshipCode)", "query($v: String) { x: webhooks(townshipCode: $v) { id } }", t => t.Code, Any)
            with { Expected = (actor, t) => actor.MayWrite(t, [Roles.Admin]) },
        Gql("webhookDeliveries(webhookId)", "query($v: ID!) { x: webhookDeliveries(webhookId: $v) { id } }", t => $"{FreshRows.WebhookOf(t)}", Any)
            with { Expected = (actor, t) => actor.MayWrite(t, [Roles.Admin]) },
        Gql("people(townshipCode)", "query($v: String) { x: people(townshipCode: $v) { id } }", t => t.Code, Any),
        Gql("units(townshipCode)", "query($v: String) { x: units(townshipCode: $v) { id } }", t => t.Code, Any),
        Gql("assignments(zone)", "query($v: ID!) { x: assignments(targetKind: ZONE, targetId: $v) { ownerName } }", t => $"{t.AreaZoneId}", Any),
        Gql("responsibilities(personId)", "query($v: ID) { x: responsibilities(personId: $v) { ownerName } }", t => $"{t.PersonId}", Any),
        Gql("calendarDays(townshipCode)", "query($v: String!) { x: calendarDays(townshipCode: $v, from: \"2026-01-01\", to: \"2026-12-31\") { date } }", t => t.Code, Any),
        Gql("complaintCategories(townshipCode)", "query($v: String!) { x: complaintCategories(townshipCode: $v) { code } }", t => t.Code, Any),
        Gql("assignmentTable(townshipCode)", "query($v: String!) { x: assignmentTable(townshipCode: $v) { totalCount } }", t => t.Code, Total),
        Gql("township(code) foldSettings", "query($v: String!) { x: township(code: $v) { foldSettings { componentRadiusM windowDays } } }", t => t.Code, Found),
        Gql("township(code) settings", "query($v: String!) { x: township(code: $v) { settings { analysis { toiletRadiusM } } calendarCoverage { coversNext60Days } } }", t => t.Code, Found),
        Gql("search(text)", "query($v: String!) { x: search(text: $v) { kind id } }", t => t.AreaName,
            (x, t) => x.EnumerateArray().Any(h => h.GetProperty("kind").GetString() == "ZONE" && h.GetProperty("id").GetString() == $"{t.AreaZoneId}")),
        Gql("coverageGaps(zoneId)", "query($v: ID) { x: coverageGaps(zoneId: $v) { kind } }", t => $"{t.AreaZoneId}", Found),
        Gql("coverageGapSummary(zoneId)", "query($v: ID) { x: coverageGapSummary(zoneId: $v) { kind } }", t => $"{t.AreaZoneId}", Found),
        Gql("coverageNotices(zoneId)", "query($v: ID) { x: coverageNotices(zoneId: $v) { kind } }", t => $"{t.AreaZoneId}", Found),
        Gql("reachAreas(townshipCode)", "query($v: String!) { x: reachAreas(townshipCode: $v, kind: TOILET) { radiusM } }", t => t.Code, Found),
        Gql("complaintHeatmap(zoneId)", "query($v: ID) { x: complaintHeatmap(input: {zoneId: $v}) { total } }", t => $"{t.AreaZoneId}", Heat),
        Gql("complaintHeatmap(bbox)", "query($v: BBoxInput) { x: complaintHeatmap(input: {bbox: $v}) { total } }", BoxInput, Heat),
        Gql("coverageGaps(kinds)", "query($v: [GapKind!]) { x: coverageGaps(kinds: $v) { townshipCode } }", t => new[] { t.GapKind }, Holds),
        Gql("indicators(townshipCode)", "query($v: String) { x: indicators(townshipCode: $v) { key } }", t => t.Code, Any),
        Gql("indicators(zoneId)", "query($v: ID) { x: indicators(groupBy: TOWNSHIP, zoneId: $v) { key } }", t => $"{t.AreaZoneId}", Any),
        .. new[] { "TOWNSHIP", "ZONE", "OWNER", "UNIT" }.SelectMany(group => new[]
        {
            Gql($"indicators({group})", $"{{ x: indicators(groupBy: {group}) {{ townshipCode }} }}", _ => null, Holds),
            Gql($"ranking({group})", $"{{ x: ranking(groupBy: {group}) {{ row {{ townshipCode }} }} }}", _ => null,
                (x, t) => x.EnumerateArray().Any(r => r.GetProperty("row").GetProperty("townshipCode").GetString() == t.Code)),
        }),
        .. OgcCollections.SelectMany(c => new[]
        {
            ReadCase.Get($"OGC {c} items", t => $"/ogc/collections/{c}/items?bbox={t.BoxText}&limit=1", OgcMatched),
            // Part 3 (issue #16): a filter naming the township still reads only what the caller may read.
            ReadCase.Get($"OGC {c} items (filter)", t => $"/ogc/collections/{c}/items?filter=townshipCode%3D'{t.Code}'&limit=1", OgcMatched),
            ReadCase.Get($"OGC {c} items (?townshipCode=)", t => $"/ogc/collections/{c}/items?townshipCode={t.Code}&limit=1", OgcMatched),
            ReadCase.Get($"OGC {c} item", t => $"/ogc/collections/{c}/items/{ItemId(c, t)}", Found),
            ReadCase.Get($"OGC {c} extent", _ => $"/ogc/collections/{c}", (s, body, t) => s == HttpStatusCode.OK ? Reaches(t, Json(body)) : null),
        }),
        ReadCase.Get("OGC collections extents", _ => "/ogc/collections",
            (s, body, t) => s == HttpStatusCode.OK ? Every(Json(body).GetProperty("collections").EnumerateArray().Select(c => Reaches(t, c))) : null),
        .. Collections.SelectMany(c => new[] { "csv", "geojson" }.SelectMany(format => new[]
        {
            ReadCase.Get($"export {c}.{format}", t => $"/export/{c}.{format}?township={t.Code}&bbox={t.BoxText}", Exported),
            ReadCase.Get($"export {c}.{format} (bbox only)", t => $"/export/{c}.{format}?bbox={t.BoxText}", Exported),
        })),
        ReadCase.Get("Open311 GET requests", t => $"/open311/v2/requests.json?jurisdiction_id={t.Code}&page_size=5",
            (s, body, _) => s == HttpStatusCode.OK ? Json(body).GetArrayLength() > 0 : s == HttpStatusCode.NotFound ? false : null),
        ReadCase.Get("Open311 GET requests (service_request_id)", t => $"/open311/v2/requests.json?service_request_id={t.CaseNumber}",
            (s, body, _) => s == HttpStatusCode.OK ? Json(body).GetArrayLength() > 0 : s == HttpStatusCode.NotFound ? false : null),
        ReadCase.Get("Open311 GET request", t => $"/open311/v2/requests/{t.CaseNumber}.json", Found),
        // Issue #14 §4: the public id (township code + case number), tokens, and jurisdiction_id on the service list.
        ReadCase.Get("Open311 GET request (public id, xml)", t => $"/open311/v2/requests/{t.Code}-{t.CaseNumber}.xml", Found),
        ReadCase.Get("Open311 GET token", t => $"/open311/v2/tokens/{t.Code}-{t.CaseNumber}.json", Found),
        ReadCase.Get("Open311 GET services (jurisdiction)", t => $"/open311/v2/services.json?jurisdiction_id={t.Code}", Found),
        // The resident page: the categories at a point are for anyone (a resident reports anywhere); a case's status
        // needs the reporter's phone digits, so by its number alone nobody — staff included — reads it there.
        ReadCase.Get("report categories at a point", t => Invariant($"/api/report/categories?lon={t.ComplaintAt.Lon}&lat={t.ComplaintAt.Lat}"),
            (s, body, _) => s == HttpStatusCode.OK ? Json(body).GetProperty("township").ValueKind == JsonValueKind.String : null)
            with { Expected = (_, _) => true },
        ReadCase.Get("report status without the phone digits", t => $"/api/report/status?id={t.Code}-{t.CaseNumber}&phone4=0000",
            (s, _, _) => s == HttpStatusCode.OK ? true : s == HttpStatusCode.NotFound ? false : null)
            with { Expected = (_, _) => false },
        // A dry run names an identifier the township already has: that tells its rows, so only its writers may run it.
        ReadCase.Gql("importFeatures dry run", """
            mutation($v: ImportFeaturesInput!) { x: importFeatures(input: $v) { report { problems { code } } errors { __typename } } }
            """, t => new { v = new { target = "ASSETS", townshipCode = t.Code, dryRun = true, content = Invariant($"编号,类型,经度,纬度\n{t.AssetIdentifier},垃圾箱,{t.ComplaintAt.Lon},{t.ComplaintAt.Lat}\n") } },
            (root, _) => Data(root) is { } x
                ? x.GetProperty("report").ValueKind == JsonValueKind.Object && x.GetProperty("report").GetProperty("problems").EnumerateArray().Any(p => p.GetProperty("code").GetString() == "DUPLICATE")
                : null) with { Expected = (actor, t) => actor.MayWrite(t, [Roles.Planner, Roles.Admin]) },
        .. Photos,
    ];

    /// <summary>
    /// A tile of each layer <c>GET /tiles</c> lists, at the spot where the township has rows; and the layer's TileJSON bounds.
    /// The OGC collections of the same name serve those tiles and bounds again under /ogc (OGC API – Tiles).
    /// </summary>
    public static IEnumerable<ReadCase> Tiles(IEnumerable<string> layers) => layers.SelectMany(layer =>
        TileZooms.Select(z => ReadCase.GetBytes($"tiles {layer} z{z}", t => TilePath(layer, z, t), Drawn)).Append(
            ReadCase.Get($"TileJSON {layer} bounds", _ => $"/tiles/{layer}.json",
                (s, body, t) => s == HttpStatusCode.OK ? t.Touches(Json(body).GetProperty("bounds").EnumerateArray().Select(v => v.GetDouble()).ToList()) : null))
        .Concat(OgcCollections.Contains(layer) ? OgcTiles(layer) : []));

    static IEnumerable<ReadCase> OgcTiles(string c) => TileZooms.Select(z => ReadCase.GetBytes($"OGC {c} tile z{z}", t => OgcTilePath(c, z, t), Drawn)).Append(
        ReadCase.Get($"OGC {c} tileset bounds", _ => $"/ogc/collections/{c}/tiles/WebMercatorQuad", (s, body, t) =>
            s == HttpStatusCode.OK && Json(body).GetProperty("boundingBox") is var box
                ? t.Touches([.. box.GetProperty("lowerLeft").EnumerateArray().Concat(box.GetProperty("upperRight").EnumerateArray()).Select(v => v.GetDouble())])
                : null));

    // An empty tile is 200 with the layer and no feature (issue #16 §4): the features tell whether the township was drawn.
    static bool? Drawn(HttpStatusCode s, byte[] body) => s == HttpStatusCode.OK ? Http.Tiles.TileClient.HasFeatures(body) : null;

    /// <summary>The zooms each layer is asked at: z14 draws single features, z13 clusters points and simplifies polygons.</summary>
    public static readonly int[] TileZooms = [14, 13];

    /// <summary>The tile at zoom <paramref name="z"/> holding the township's spot of <paramref name="layer"/> (the test fails when the layer has no spot).</summary>
    static string TilePath(string layer, int z, MatrixTownship t) => $"/tiles/{layer}/{TileOf(Spot(layer, t), z)}.mvt";

    // OGC's tileRow is the XYZ y, tileCol the x.
    static string OgcTilePath(string c, int z, MatrixTownship t)
    {
        var tile = TileOf(Spot(c, t), z);
        return $"/ogc/collections/{c}/tiles/WebMercatorQuad/{tile.Z}/{tile.Y}/{tile.X}";
    }

    static LonLat Spot(string layer, MatrixTownship t)
    {
        Assert.True(t.Spots.TryGetValue(layer, out var at), $"tile layer {layer} has no spot in {t}: add one to MatrixTownship");
        return at;
    }

    /// <summary>The XYZ tile holding <paramref name="at"/> at zoom <paramref name="z"/>.</summary>
    public static TileAddress TileOf(LonLat at, int z)
    {
        var n = 1 << z;
        var lat = at.Lat * Math.PI / 180;
        return new(z, (int)Math.Floor((at.Lon + 180) / 360 * n), (int)Math.Floor((1 - Math.Log(Math.Tan(lat) + 1 / Math.Cos(lat)) / Math.PI) / 2 * n));
    }

    static ReadCase Gql(string name, string query, Func<MatrixTownship, object?> value, Func<JsonElement, MatrixTownship, bool> has) =>
        ReadCase.Gql(name, query, t => new { v = value(t) }, (root, t) => Data(root) is { } x ? x.ValueKind != JsonValueKind.Null && has(x, t) : Refusal(root));

    /// <summary>The root field <c>x</c> of a response without errors; null when it has errors.</summary>
    static JsonElement? Data(JsonElement root) => root.TryGetProperty("errors", out _) ? null : root.GetProperty("data").GetProperty("x");

    /// <summary>An error answer: a clean no, unless the server failed.</summary>
    static bool? Refusal(JsonElement root) => root.GetProperty("errors").ToString().Contains("Internal server error") ? null : false;

    static bool Total(JsonElement x, MatrixTownship _) => x.GetProperty("totalCount").GetInt64() > 0;
    static bool Any(JsonElement x, MatrixTownship _) => x.GetArrayLength() > 0;
    static bool Found(JsonElement x, MatrixTownship _) => true;
    static bool Holds(JsonElement x, MatrixTownship t) => x.EnumerateArray().Any(r => r.GetProperty("townshipCode").GetString() == t.Code);
    static bool Heat(JsonElement x, MatrixTownship _) => x.GetProperty("total").GetInt32() > 0;

    static bool? Found(HttpStatusCode s, string _, MatrixTownship __) => s switch { HttpStatusCode.OK => true, HttpStatusCode.NotFound => false, _ => null };

    static bool? Exported(HttpStatusCode s, string body, MatrixTownship _) => s switch
    {
        HttpStatusCode.OK when body.TrimStart().StartsWith('{') => Json(body).GetProperty("features").GetArrayLength() > 0,
        HttpStatusCode.OK => body.Split('\n').Count(line => line.Trim().Length > 0) > 1,
        HttpStatusCode.NotFound => false,
        _ => null,
    };

    static object BoxInput(MatrixTownship t) => new { minLon = t.Box[0], minLat = t.Box[1], maxLon = t.Box[2], maxLat = t.Box[3] };

    static long ItemId(string collection, MatrixTownship t) => collection switch
    {
        "zones" => t.AreaZoneId, "roads" => t.RoadId, "assets" => t.AssetId, "shops" => t.ShopId, _ => t.ComplaintId,
    };

    static bool? OgcMatched(HttpStatusCode s, string body, MatrixTownship _) =>
        s == HttpStatusCode.OK ? Json(body).GetProperty("numberMatched").GetInt64() > 0 : null;

    /// <summary>Whether an OGC collection's spatial extent reaches the township.</summary>
    static bool Reaches(MatrixTownship t, JsonElement collection) =>
        t.Touches(collection.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0].EnumerateArray().Select(v => v.GetDouble()).ToList());

    /// <summary>True when all are, false when none is, null when they disagree.</summary>
    static bool? Every(IEnumerable<bool> values)
    {
        var list = values.ToList();
        return list.All(v => v) ? true : list.Any(v => v) ? null : false;
    }

    static JsonElement Json(string body) => JsonDocument.Parse(body).RootElement;
}
