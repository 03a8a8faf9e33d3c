using System.Text;
using System.Text.Json.Nodes;
using static Zones.Server.Tests.Http.Corpus.BadInput;

namespace Zones.Server.Tests.Http.Corpus;

/// <summary>GraphQL queries and GraphQL-over-HTTP requests that are wrong in one way each.</summary>
static partial class BadInputCorpus
{
    /// <summary>(query with one variable <c>$v</c> of the given type, the values it must refuse).</summary>
    static readonly (string Label, string Type, string Query, BadKind Kind)[] QueryTable =
    [
        ("zone id", "ID", "zone(id: $v) { id }", BadKind.Id),
        ("zone code", "String", "zone(code: $v) { id }", BadKind.Text),
        ("asset id", "ID!", "asset(id: $v) { id }", BadKind.Id),
        ("road id", "ID!", "road(id: $v) { id }", BadKind.Id),
        ("complaint id", "ID!", "complaint(id: $v) { id }", BadKind.Id),
        ("zones first", "Int", "zones(first: $v) { totalCount }", BadKind.Int),
        ("assets first", "Int", "assets(first: $v) { totalCount }", BadKind.Int),
        ("search text", "String!", "search(text: $v) { id }", BadKind.Text),
        ("search first", "Int", "search(text: \"桑溪\", first: $v) { id }", BadKind.Int),
        ("roads name", "String", "roads(name: $v) { totalCount }", BadKind.Text),
        ("units kind", "String", "units(kind: $v) { id }", BadKind.Text),
        ("people townshipCode", "String", "people(townshipCode: $v) { id }", BadKind.Text),
        ("complaints reportedFrom", "DateTime", "complaints(reportedFrom: $v) { totalCount }", BadKind.DateTime),
        ("complaints reportedTo", "DateTime", "complaints(reportedTo: $v) { totalCount }", BadKind.DateTime),
        ("complaints category", "[String!]", "complaints(category: [$v]) { totalCount }", BadKind.Text),
        ("indicators from", "DateTime", "indicators(from: $v) { name }", BadKind.DateTime),
        ("ranking to", "DateTime", "ranking(to: $v) { rank }", BadKind.DateTime),
        ("assignments at", "DateTime", "assignments(targetKind: ZONE, targetId: \"{zone}\", at: $v) { id }", BadKind.DateTime),
        ("responsibilities at", "DateTime", "responsibilities(unitId: \"{unit}\", at: $v) { id }", BadKind.DateTime),
        ("heatmap from", "DateTime", "complaintHeatmap(input: {from: $v}) { cells { count } }", BadKind.DateTime),
        ("zonesAt crs", "String", "zonesAt(point: {lon: 119.805, lat: 31.035}, crs: $v) { id }", BadKind.Crs),
        ("assets within", "GeometryInput", "assets(where: {within: $v}) { totalCount }", BadKind.Polygon),
        ("complaints intersects", "GeometryInput", "complaints(where: {intersects: $v}) { totalCount }", BadKind.Polygon),
        ("roads within crs", "String", "roads(where: {within: {wkt: \"POLYGON((119.8 31.03,119.81 31.03,119.81 31.04,119.8 31.04,119.8 31.03))\"}, crs: $v}) { totalCount }", BadKind.Crs),
    ];

    static IEnumerable<BadInput> QueryCases()
    {
        foreach (var (label, type, query, kind) in QueryTable)
            foreach (var (value, bad) in BadValues.Of(kind))
                yield return Graphql($"query {label} {value}", $"query($v: {type}) {{ {query} }}", new JsonObject { ["v"] = bad });
        foreach (var c in InlineCases())
            yield return c;
        foreach (var c in RequestCases())
            yield return c;
    }

    /// <summary>The same mistakes written into the document instead of a variable.</summary>
    static IEnumerable<BadInput> InlineCases() =>
    [
        Graphql("inline NUL in search text", """{ search(text: "a\u0000b") { id } }"""),
        Graphql("inline braced NUL in search text", """{ search(text: "a\u{0}b") { id } }"""),
        Graphql("inline NUL in a block string is refused by the lexer", "{ search(text: \"\"\"a\u0000b\"\"\") { id } }"),
        Graphql("inline NUL in a mutation input", """mutation { createAsset(input: {townshipCode: "{township}", kind: BIN, classCode: "0305", identifier: "N\u0000UL", location: {point: {lon: 119.805, lat: 31.035}}}) { errors { ... on UserError { message } } } }"""),
        Graphql("inline NUL in an Open311-like description", """mutation { reportComplaint(input: {location: {point: {lon: 119.805, lat: 31.035}}, categoryKind: "event", categoryCode: "0102", source: CITIZEN, description: "\u0000"}) { errors { ... on UserError { message } } } }"""),
        Graphql("inline Int beyond 32 bits", "{ zones(first: 99999999999) { totalCount } }"),
        Graphql("inline negative first", "{ zones(first: -5) { totalCount } }"),
        Graphql("inline Float NaN word", "{ zonesAt(point: {lon: NaN, lat: 31}) { id } }"),
        Graphql("inline float beyond double", "{ zonesAt(point: {lon: 1e400, lat: 31.035}) { id } }"),
        Graphql("inline DateTime year 1", """{ complaints(reportedFrom: "0001-01-01T00:00:00Z") { totalCount } }"""),
        Graphql("inline DateTime year 9999", """{ indicators(to: "9999-12-31T23:59:59Z") { name } }"""),
        Graphql("inline zoneId not a number in assets", """{ assets(where: {zoneId: "x"}) { totalCount } }"""),
        Graphql("inline zoneId not a number in complaints", """{ complaints(zoneId: "x") { totalCount } }"""),
        Graphql("inline maintainerId not a number", """{ assets(maintainerId: "x") { totalCount } }"""),
        Graphql("inline parentId not a number", """{ zones(parentId: "x") { totalCount } }"""),
        Graphql("inline bad cursor", """{ assets(after: "not-a-cursor") { totalCount } }"""),
        Graphql("inline cursor of another sort", """{ assets(orderBy: ID, after: "eyJzIjoiRElTVEFOQ0UifQ==") { totalCount } }"""),
        Graphql("inline heatmap cell of zero metres", "{ complaintHeatmap(input: {cellSizeM: 0}) { cells { count } } }"),
        Graphql("inline heatmap cell of a millimetre", "{ complaintHeatmap(input: {cellSizeM: 0.001}) { cells { count } } }"),
        Graphql("inline heatmap all open cases with a start date", "{ complaintHeatmap(input: {allOpen: true, from: \"2026-11-01T00:00:00+08:00\"}) { total period { description } } }"),
        Graphql("inline heatmap all open cases of closed ones", "{ complaintHeatmap(input: {allOpen: true, stages: [CLOSED]}) { total } }"),
        Graphql("inline near without distance", "{ assets(where: {near: {lon: 119.805, lat: 31.035}, withinMeters: -1}) { totalCount } }"),
        Graphql("deeply nested selection", "{ zones { edges { node { " + string.Concat(Enumerable.Repeat("children { ", 60)) + "id" + new string('}', 60) + " } } } }"),
        Graphql("deeply nested list literal", "{ search(text: " + new string('[', 300) + "\"a\"" + new string(']', 300) + ") { id } }"),
        Graphql("deeply nested variables", "query($v: GeoJSON) { zonesAt(point: {lon: 1, lat: 1}) { id } }",
                JsonNode.Parse("{\"v\":" + new string('[', 60) + new string(']', 60) + "}")),
    ];

    static readonly string Json = "application/json";

    /// <summary>Requests that are not well-formed GraphQL-over-HTTP at all.</summary>
    static IEnumerable<BadInput> RequestCases() =>
    [
        Send("graphql body not JSON", "POST", "/graphql", Json, "{query: zones}"),
        Send("graphql body a JSON array", "POST", "/graphql", Json, "[]"),
        Send("graphql query a number", "POST", "/graphql", Json, """{"query": 5}"""),
        Send("graphql variables a string", "POST", "/graphql", Json, """{"query": "{ zones { totalCount } }", "variables": "x"}"""),
        Send("graphql operationName a number", "POST", "/graphql", Json, """{"query": "{ zones { totalCount } }", "operationName": 1}"""),
        Send("graphql empty body", "POST", "/graphql", Json, ""),
        Send("graphql text/plain", "POST", "/graphql", "text/plain", """{"query": "{ zones { totalCount } }"}"""),
        Send("graphql form content type", "POST", "/graphql", "application/x-www-form-urlencoded", "query=%7Bzones%7BtotalCount%7D%7D"),
        Send("graphql latin1 charset", "POST", "/graphql", "application/json; charset=latin1", """{"query": "{ zones { totalCount } }"}"""),
        Send("graphql multipart", "POST", "/graphql", "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n{ zones { totalCount } }\r\n--x--\r\n"),
        Send("graphql JSON nested 10000 deep", "POST", "/graphql", Json, "{\"query\": \"{ zones { totalCount } }\", \"extensions\": " + new string('[', 10_000) + new string(']', 10_000) + "}"),
        Send("graphql lone surrogate escape in variables", "POST", "/graphql", Json, """{"query": "query($v: String!) { search(text: $v) { id } }", "variables": {"v": "\ud800"}}"""),
        Send("graphql lone surrogate escape in query", "POST", "/graphql", Json, """{"query": "{ search(text: \"\ud800\") { id } }"}"""),
        Send("graphql unknown field", "POST", "/graphql", Json, """{"query": "{ nothing }"}""", "error"),
        Send("graphql syntax error", "POST", "/graphql", Json, """{"query": "{ zones { "}""", "error"),
        Send("graphql mutation by GET", "GET", "/graphql?query=mutation%7BdeleteZone(input%3A%7Bid%3A%22{zone}%22%2CexpectedVersion%3A1%7D)%7Berrors%7B__typename%7D%7D%7D", null, ""),
        Send("graphql GET NUL in query string", "GET", "/graphql?query=%7Bsearch(text%3A%22a%00b%22)%7Bid%7D%7D", null, ""),
        Send("graphql GET invalid UTF-8 in query string", "GET", "/graphql?query=%7Bsearch(text%3A%22%FF%FE%22)%7Bid%7D%7D", null, ""),
        Send("graphql GET variables not JSON", "GET", "/graphql?query=%7Bzones%7BtotalCount%7D%7D&variables=%7Bx", null, ""),
        Send("graphql GET without query", "GET", "/graphql?variables=%7B%7D", null, ""),
        new("graphql invalid UTF-8 body", "POST", "/graphql", Json, Utf8Bad("{\"query\": \"{ search(text: \\\"", "\\\") { id } }\"}"), "4xx"),
        new("graphql invalid UTF-8 in variables", "POST", "/graphql", Json,
            Utf8Bad("{\"query\": \"query($v: String!) { search(text: $v) { id } }\", \"variables\": {\"v\": \"", "\"}}"), "4xx"),
        new("graphql UTF-16 body", "POST", "/graphql", Json, Encoding.Unicode.GetBytes("""{"query": "{ zones { totalCount } }"}"""), "4xx"),
        new("graphql 30 MB body", "POST", "/graphql", Json, Encoding.UTF8.GetBytes("{\"query\": \"{ zones { totalCount } }\", \"variables\": {\"x\": \"" + new string('x', 30 << 20) + "\"}}"), "4xx"),
    ];

    /// <summary>JSON text with the bytes 0xFF 0xFE (never valid UTF-8) between <paramref name="before"/> and <paramref name="after"/>.</summary>
    static byte[] Utf8Bad(string before, string after) =>
        [.. Encoding.UTF8.GetBytes(before), 0xFF, 0xFE, 0xC3, .. Encoding.UTF8.GetBytes(after)];
}
