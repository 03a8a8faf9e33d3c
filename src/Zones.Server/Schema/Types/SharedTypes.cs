using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Zones.GraphQL;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;

namespace Zones.Server.Schema.Types;

/// <summary>Scalars, paging and geometry types every area of the API shares.</summary>
public static class SharedTypes
{
    public static readonly ScalarType DateTime = new("DateTime", "RFC 3339 date-time with offset, e.g. 2026-11-20T09:00:00+08:00.")
    {
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc3339",
        SerializeWith = v => v switch
        {
            DateTimeOffset d => d.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            _ => throw new GraphQLError($"DateTime cannot represent {v}"),
        },
        ParseValueWith = v => ParseDateTime(v as string),
        ParseLiteralWith = (node, _) => ParseDateTime((node as StringValueNode)?.Value),
    };

    public static readonly ScalarType Date = new("Date", "A calendar date, yyyy-MM-dd.")
    {
        SerializeWith = v => v is DateOnly d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : throw new GraphQLError($"Date cannot represent {v}"),
        ParseValueWith = v => ParseDate(v as string),
        ParseLiteralWith = (node, _) => ParseDate((node as StringValueNode)?.Value),
    };

    public static readonly ScalarType GeoJson = new("GeoJSON", "An RFC 7946 GeoJSON geometry object (not a Feature); [lon, lat] order.")
    {
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc7946",
        SerializeWith = v => v,
        ParseValueWith = v => JsonSerializer.SerializeToNode(v),
        ParseLiteralWith = (node, vars) => JsonSerializer.SerializeToNode(Zones.GraphQL.Types.ValueFromAst.Untyped(node, vars)),
    };

    static DateTimeOffset ParseDateTime(string? s) =>
        s is not null && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && s.Contains('T')
            ? InRange(d, d.Year, s)
            : throw new GraphQLError($"DateTime must be an RFC 3339 string like \"2026-11-20T09:00:00+08:00\"; got {(s is null ? "a non-string" : $"\"{s}\"")}.");

    static DateOnly ParseDate(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? InRange(d, d.Year, s)
            : throw new GraphQLError($"Date must be \"yyyy-MM-dd\"; got {(s is null ? "a non-string" : $"\"{s}\"")}.");

    // 0001-01-01 or 9999-12-31 are placeholders, not dates (issue #10): see DateBounds.
    static T InRange<T>(T value, int year, string text) =>
        Data.DateBounds.Contains(year) ? value : throw new GraphQLError(Data.DateBounds.Message(text));

    public static readonly ObjectType PageInfo = new("PageInfo", t =>
    {
        t.Description("Relay paging: pass endCursor as 'after' to get the next page.");
        t.Field("hasNextPage", "Boolean!");
        t.Field("hasPreviousPage", "Boolean!");
        t.Field("startCursor", "String");
        t.Field("endCursor", "String");
    });

    public static IEnumerable<NamedType> All =>
        [DateTime, Date, GeoJson, PageInfo, .. GeometryTypes.All, .. ZoneTypes.All, .. AssetTypes.All, .. RoadTypes.All,
         .. ComplaintTypes.All, .. ComplaintReportTypes.All, .. ListQueries.Types];
}
