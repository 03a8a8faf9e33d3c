using Zones.Server.Data;
using Zones.Server.Http.Ogc;
using Zones.Server.Http.Ogc.Cql2;
using Zones.Server.Tests.Support;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Http.Ogc.Cql2;

/// <summary>
/// SQL written into every place a filter holds a value (strings, LIKE patterns, IN lists, BETWEEN
/// bounds, dates, intervals, property names, JSON members, query parameters) reaches PostgreSQL only
/// as a parameter value or is refused: no row of any table changes, and no error but a filter error.
/// </summary>
[Collection(PostgisCollection.Name)]
public class Cql2InjectionTests(PostgisFixture pg)
{
    static readonly string[] Payloads =
    [
        "'; DELETE FROM zones.asset; --",
        "' OR '1'='1",
        "x'); TRUNCATE zones.complaint CASCADE; --",
        "\\'; DROP TABLE zones.zone; --",
        "$1; UPDATE zones.road SET name = 'x'",
        "'||(SELECT pg_sleep(2))||'",
        "\"; DELETE FROM zones.shop; --",
        "1) OR 1=1 --",
    ];

    static string Text(string p) => "'" + p.Replace("'", "''") + "'";

    static string Json(string p) => System.Text.Json.JsonSerializer.Serialize(p);

    // {0} is the payload as written in that place: raw, as a CQL2 string, as a JSON string.
    static readonly (string Collection, string Template, string? Lang)[] Places =
    [
        ("assets", "name = {1}", null),
        ("assets", "status = {1}", null),
        ("assets", "name LIKE {1}", null),
        ("assets", "kind IN ('bin', {1})", null),
        ("roads", "name BETWEEN {1} AND {1}", null),
        ("assets", "installDate > DATE({1})", null),
        ("complaints", "reportedAt < TIMESTAMP({1})", null),
        ("complaints", "T_DURING(reportedAt, INTERVAL({1}, '..'))", null),
        ("roads", "CASEI(name) = CASEI({1})", null),
        ("assets", "\"{0}\" = 'x'", null),
        ("assets", "{0}", null),
        ("assets", "name = '{0}'", null),
        ("assets", "S_INTERSECTS(geometry, POINT({0}))", null),
        ("assets", "S_DWITHIN(geometry, POINT(119.8 31.03), {0})", null),
        ("assets", """{"op": "=", "args": [{"property": "name"}, {2}]}""", "cql2-json"),
        ("assets", """{"op": "=", "args": [{"property": {2}}, "x"]}""", "cql2-json"),
        ("assets", """{"op": {2}, "args": [{"property": "name"}, "x"]}""", "cql2-json"),
        ("assets", """{"op": ">", "args": [{"property": "installDate"}, {"date": {2}}]}""", "cql2-json"),
        ("assets", """{"op": "in", "args": [{"property": "status"}, ["good", {2}]]}""", "cql2-json"),
    ];

    [Fact]
    public async Task Sql_in_any_value_of_a_filter_changes_no_row_and_fails_only_as_a_filter_error()
    {
        var before = await pg.RowCountsAsync();
        var ran = 0;
        foreach (var payload in Payloads)
        foreach (var (collection, template, lang) in Places)
        {
            var filter = template.Replace("{0}", payload).Replace("{1}", Text(payload)).Replace("{2}", Json(payload));
            var c = FeatureCollections.Find(collection)!;
            CompiledFilter compiled;
            try
            {
                compiled = Cql2Sql.Compile(Cql2Parser.Parse(filter, lang), c, OgcCrs.Crs84, 1);
            }
            catch (Cql2Exception)
            {
                continue;
            }
            Assert.DoesNotContain(payload, compiled.Sql);
            await pg.IdsAsync(c, compiled.Sql, compiled.Parameters);
            ran++;
        }
        foreach (var payload in Payloads)
        {
            try
            {
                var f = Cql2Sql.Compile(Cql2Sql.PropertyEquals("name", payload), FeatureCollections.Find("assets")!, OgcCrs.Crs84, 1);
                Assert.DoesNotContain(payload, f.Sql);
            }
            catch (Cql2Exception)
            {
            }
        }
        Assert.True(ran >= Payloads.Length * 5, $"only {ran} filters with a payload ran");
        Assert.Equal(before, await pg.RowCountsAsync());
    }
}
