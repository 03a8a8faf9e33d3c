using Zones.GraphQL.Types;

namespace Zones.Server.Schema.Mutations;

/// <summary>What an import reports about geometry (issue #11 §2, §5): road segments, sibling topology, snapping.</summary>
static class ImportGeometryTypes
{
    /// <summary>The fields these add to ImportReport.</summary>
    public static void ReportFields(ObjectTypeBuilder t)
    {
        t.Field("segments", "[RoadSplit!]!").Description("Roads: how many segments each line became, split at its junctions (with the file's lines and the township's roads).");
        t.Field("topology", "[TopologyFinding!]!").Description("Zones: slivers, overlaps and gaps between siblings (same parent and level), in the file and in the township.");
        t.Field("areaChanges", "[AreaChange!]!").Description("Zones imported with snapToleranceM: every polygon whose area snapping changed.");
    }

    public static IEnumerable<NamedType> All =>
    [
        new ObjectType("RoadSplit", t =>
        {
            t.Description("One imported line split at its junctions: its pieces are coded CODE, CODE-2, CODE-3 … and keep its name, class and attributes.");
            t.Field("row", "Int!").Description("The line's row (CSV: as Excel numbers it; GeoJSON: the feature's index).");
            t.Field("code", "String!").Description("The line's code as in the file.");
            t.Field("pieces", "Int!").Description("Segments written; 1 when nothing meets the line in its interior.");
        }),
        new ObjectType("TopologyFinding", t =>
        {
            t.Description("Where sibling polygons do not tile. Reported, never rejected; snapToleranceM snaps slivers and narrow gaps away.");
            t.Field("kind", "String!").Description("sliver (an overlap thinner than 1 m), overlap, or gap (a hole or a channel under 2 m between siblings).");
            t.Field("codes", "[String!]!").Description("The zones involved.");
            t.Field("areaM2", "Float!").Description("Area on the spheroid, square metres.");
            t.Field("snapped", "Boolean!").Description("True when snapping made it disappear.");
            t.Field("geometry", "GeoJSON").Description("The sliver, overlap or gap (WGS84).");
        }),
        new ObjectType("AreaChange", t =>
        {
            t.Description("What snapping did to one imported polygon.");
            t.Field("row", "Int!");
            t.Field("code", "String!");
            t.Field("areaBeforeM2", "Float!").Description("As in the file, square metres.");
            t.Field("areaAfterM2", "Float!").Description("As written.");
        }),
    ];
}
