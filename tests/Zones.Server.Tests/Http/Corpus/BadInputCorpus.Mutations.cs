using System.Text.Json.Nodes;
using static Zones.Server.Tests.Http.Corpus.BadValues;

namespace Zones.Server.Tests.Http.Corpus;

/// <summary>
/// Every mutation with a valid input and, field by field, the bad values that field must refuse.
/// Only one field is wrong in each case, so a value the server wrongly accepts shows as a write.
/// </summary>
static partial class BadInputCorpus
{
    const string Square = "POLYGON((119.8040 31.0340,119.8045 31.0340,119.8045 31.0345,119.8040 31.0345,119.8040 31.0340))";
    const string Point = """{"point":{"lon":119.805,"lat":31.035}}""";
    const string Blade = """{"wkt":"LINESTRING(119.70 31.035,119.90 31.035)"}""";

    /// <summary>(mutation, valid input, the fields to spoil with the bad values of their kind).</summary>
    static readonly (string Mutation, string Input, (string Field, BadKind Kind)[] Fields)[] MutationTable =
    [
        ("createZone", $$$"""{"parentId":"{zone}","level":"GROUP","name":"坏输入","boundary":{"wkt":"{{{Square}}}"}}""",
            [("name", BadKind.Text), ("parentId", BadKind.Id), ("boundary", BadKind.Polygon), ("crs", BadKind.Crs), ("code", BadKind.Text),
             ("townshipCode", BadKind.Text)]),
        ("updateZone", """{"id":"{zone}","expectedVersion":1,"name":"坏输入"}""",
            [("id", BadKind.Id), ("expectedVersion", BadKind.Int), ("name", BadKind.Text), ("code", BadKind.Text)]),
        ("updateZoneBoundary", $$$"""{"id":"{zone}","expectedVersion":1,"boundary":{"wkt":"{{{Square}}}"}}""",
            [("id", BadKind.Id), ("expectedVersion", BadKind.Int), ("boundary", BadKind.Polygon), ("crs", BadKind.Crs)]),
        ("deleteZone", """{"id":"{zone}","expectedVersion":1}""", [("id", BadKind.Id), ("expectedVersion", BadKind.Int)]),
        ("updateZoneBoundaries", $$$"""{"edits":[{"id":"{zone}","expectedVersion":1,"boundary":{"wkt":"{{{Square}}}"}}]}""",
            [("edits.0.id", BadKind.Id), ("edits.0.expectedVersion", BadKind.Int), ("edits.0.boundary", BadKind.Polygon), ("crs", BadKind.Crs)]),
        ("splitZone", $$$"""{"id":"{zone}","expectedVersion":1,"blade":{{{Blade}}}}""",
            [("id", BadKind.Id), ("expectedVersion", BadKind.Int), ("blade", BadKind.Line), ("crs", BadKind.Crs)]),
        ("mergeZones", """{"zones":[{"id":"{zone}","expectedVersion":1},{"id":"{zone}","expectedVersion":1}],"name":"坏输入"}""",
            [("zones.1.id", BadKind.Id), ("zones.0.expectedVersion", BadKind.Int)]),
        ("assignOwner", """{"targetKind":"ZONE","targetId":"{zone}","owner":{"personId":"{person}"},"role":"LEADER","note":"坏输入"}""",
            [("targetId", BadKind.Id), ("owner.personId", BadKind.Id), ("validFrom", BadKind.DateTime), ("note", BadKind.Text)]),
        ("endAssignment", """{"id":"{assignment}","at":"2026-11-20T09:00:00+08:00"}""", [("id", BadKind.Id), ("at", BadKind.DateTime)]),
        ("createAsset", $$$"""{"townshipCode":"{township}","kind":"BIN","classCode":"0305","identifier":"BAD-INPUT-1","location":{{{Point}}}}""",
            [("townshipCode", BadKind.Text), ("classCode", BadKind.Text), ("identifier", BadKind.Text), ("name", BadKind.Text),
             ("location", BadKind.Point), ("crs", BadKind.Crs), ("maintainerUnitId", BadKind.Id), ("roadId", BadKind.Id),
             ("installDate", BadKind.Date), ("attributes", BadKind.Json)]),
        ("updateAsset", $$$"""{"id":"{asset}","expectedVersion":1,"kind":"BIN","classCode":"0305","identifier":"BAD-INPUT-2","location":{{{Point}}}}""",
            [("id", BadKind.Id), ("expectedVersion", BadKind.Int), ("identifier", BadKind.Text), ("location", BadKind.Point),
             ("ownerUnitId", BadKind.Id), ("installDate", BadKind.Date)]),
        ("retireAsset", """{"id":"{asset}","expectedVersion":1}""", [("id", BadKind.Id), ("expectedVersion", BadKind.Int)]),
        ("createRoad", """{"townshipCode":"{township}","code":"BAD-R1","name":"坏输入路","class":"BRANCH","line":{"wkt":"LINESTRING(119.804 31.034,119.805 31.035)"}}""",
            [("code", BadKind.Text), ("name", BadKind.Text), ("line", BadKind.Line), ("crs", BadKind.Crs), ("attributes", BadKind.Json)]),
        ("updateRoad", """{"id":"{road}","expectedVersion":1,"code":"BAD-R2","name":"坏输入路","class":"BRANCH","line":{"wkt":"LINESTRING(119.804 31.034,119.805 31.035)"}}""",
            [("id", BadKind.Id), ("expectedVersion", BadKind.Int), ("code", BadKind.Text), ("line", BadKind.Line)]),
        ("updateRoads", """{"roads":[{"id":"{road}","expectedVersion":1,"code":"BAD-R3","name":"坏输入路","class":"BRANCH","line":{"wkt":"LINESTRING(119.804 31.034,119.805 31.035)"}}]}""",
            [("roads.0.id", BadKind.Id), ("roads.0.expectedVersion", BadKind.Int), ("roads.0.code", BadKind.Text), ("roads.0.line", BadKind.Line),
             ("roads.0.crs", BadKind.Crs)]),
        ("retireRoad", """{"id":"{road}","expectedVersion":1}""", [("id", BadKind.Id), ("expectedVersion", BadKind.Int)]),
        ("reportComplaint", $$$"""{"location":{{{Point}}},"categoryKind":"event","categoryCode":"0102","source":"CITIZEN","description":"坏输入"}""",
            [("location", BadKind.Point), ("crs", BadKind.Crs), ("description", BadKind.Text), ("categoryCode", BadKind.Text),
             ("externalId", BadKind.Text), ("reporterPhone", BadKind.Text), ("address", BadKind.Text), ("assetId", BadKind.Id),
             ("reportedAt", BadKind.DateTime)]),
        ("transitionComplaint", """{"id":"{complaint}","action":"FEEDBACK","note":"坏输入"}""",
            [("id", BadKind.Id), ("note", BadKind.Text), ("personId", BadKind.Id), ("newDeadline", BadKind.DateTime)]),
    ];

    static IEnumerable<BadInput> MutationCases()
    {
        foreach (var (mutation, input, fields) in MutationTable)
            foreach (var (field, kind) in fields)
                foreach (var (label, value) in Of(kind))
                    yield return BadInput.Mutation($"{mutation} {field} {label}", mutation, With(input, field, value));
    }

    /// <summary>The input with the value at a dotted path (<c>edits.0.id</c>) replaced; a null value removes nothing, it sets null.</summary>
    static JsonNode With(string input, string path, JsonNode? value)
    {
        var root = JsonNode.Parse(input)!;
        var parts = path.Split('.');
        var parent = parts[..^1].Aggregate(root, (node, part) => int.TryParse(part, out var i) ? node[i]! : node[part]!);
        if (int.TryParse(parts[^1], out var index))
            parent[index] = value;
        else
            parent[parts[^1]] = value;
        return root;
    }
}
