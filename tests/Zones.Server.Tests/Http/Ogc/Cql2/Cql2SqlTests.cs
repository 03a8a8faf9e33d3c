using Zones.Server.Data;
using Zones.Server.Http.Ogc;
using Zones.Server.Http.Ogc.Cql2;
using Zones.Server.Spatial;

namespace Zones.Server.Tests.Http.Ogc.Cql2;

/// <summary>How filters become SQL, without a database: parameters, both encodings alike, query-parameter values typed.</summary>
public class Cql2SqlTests
{
    static CompiledFilter Compile(string filter, string collection = "assets", string? lang = null, int first = 1) =>
        Cql2Sql.Compile(Cql2Parser.Parse(filter, lang), FeatureCollections.Find(collection)!, OgcCrs.Crs84, first);

    static string Shown(CompiledFilter f) => f.Sql + " | " + string.Join(", ", f.Parameters.Select(p => p.Value switch
    {
        NetTopologySuite.Geometries.Geometry g => $"{g.AsText()} @{g.SRID}",
        var v => $"{v} ({v?.GetType().Name})",
    }));

    [Fact]
    public void Every_literal_is_a_parameter_numbered_from_the_first_number_given()
    {
        var f = Compile("status = '损坏' AND installDate > DATE('2020-01-01') AND name LIKE '公厕%'", first: 7);
        Assert.Equal("((t.status = $7) AND (t.install_date > $8) AND (t.name LIKE $9))", f.Sql);
        Assert.Equal(["damaged", new DateOnly(2020, 1, 1), "公厕%"], f.Parameters.Select(p => p.Value));
    }

    [Theory]
    [InlineData("status = '损坏' AND NOT kind IN ('bin', '路灯')",
                """{"op": "and", "args": [{"op": "=", "args": [{"property": "status"}, "损坏"]}, {"op": "not", "args": [{"op": "in", "args": [{"property": "kind"}, ["bin", "路灯"]]}]}]}""")]
    [InlineData("S_INTERSECTS(geometry, POLYGON((119.78 31.01, 119.82 31.01, 119.82 31.05, 119.78 31.01)))",
                """{"op": "s_intersects", "args": [{"property": "geometry"}, {"type": "Polygon", "coordinates": [[[119.78, 31.01], [119.82, 31.01], [119.82, 31.05], [119.78, 31.01]]]}]}""")]
    [InlineData("S_WITHIN(geometry, BBOX(119.78, 31.01, 119.82, 31.05)) OR name IS NULL",
                """{"op": "or", "args": [{"op": "s_within", "args": [{"property": "geometry"}, {"bbox": [119.78, 31.01, 119.82, 31.05]}]}, {"op": "isNull", "args": [{"property": "name"}]}]}""")]
    [InlineData("T_DURING(installDate, INTERVAL('2016-01-01', '..')) AND CASEI(name) LIKE CASEI('A%')",
                """{"op": "and", "args": [{"op": "t_during", "args": [{"property": "installDate"}, {"interval": ["2016-01-01", ".."]}]}, {"op": "like", "args": [{"op": "casei", "args": [{"property": "name"}]}, {"op": "casei", "args": ["A%"]}]}]}""")]
    [InlineData("S_DWITHIN(geometry, POINT(119.8 31.03), 250) AND installDate BETWEEN DATE('2016-01-01') AND DATE('2017-01-01')",
                """{"op": "and", "args": [{"op": "s_dwithin", "args": [{"property": "geometry"}, {"type": "Point", "coordinates": [119.8, 31.03]}, 250]}, {"op": "between", "args": [{"property": "installDate"}, {"date": "2016-01-01"}, {"date": "2017-01-01"}]}]}""")]
    public void Text_and_json_encodings_of_one_filter_compile_to_the_same_sql_and_values(string text, string json) =>
        Assert.Equal(Shown(Compile(text)), Shown(Compile(json, lang: "cql2-json")));

    [Fact]
    public void Keywords_and_function_names_are_case_insensitive_and_property_names_are_not()
    {
        Assert.Equal(Shown(Compile("KIND = 'bin' AND NOT (status IS NULL)".Replace("KIND", "kind"))),
                     Shown(Compile("kind = 'bin' and not (status is null)")));
        Assert.Equal(Shown(Compile("S_Within(geometry, bbox(1, 2, 3, 4))")), Shown(Compile("s_within(geometry, BBOX(1, 2, 3, 4))")));
        Assert.Throws<Cql2Exception>(() => Compile("Status = 'good'"));
    }

    [Fact]
    public void A_query_parameter_value_is_read_as_its_property_type_and_code_list()
    {
        var zones = FeatureCollections.Find("zones")!;
        var f = Cql2Sql.Compile(Cql2Sql.And([Cql2Sql.PropertyEquals("parentId", "4"), Cql2Sql.PropertyEquals("level", "村")]), zones, OgcCrs.Crs84, 3);
        Assert.Equal("((t.parent_id = $3) AND (t.level = $4))", f.Sql);
        Assert.Equal([4L, "village"], f.Parameters.Select(p => p.Value));
        var overdue = Cql2Sql.Compile(Cql2Sql.PropertyEquals("overdue", "true"), FeatureCollections.Find("complaints")!, OgcCrs.Crs84, 1);
        Assert.Equal(true, overdue.Parameters.Single().Value);
    }

    [Fact]
    public void A_query_parameter_value_that_is_not_of_its_property_type_or_list_is_refused_with_what_is_accepted()
    {
        var assets = FeatureCollections.Find("assets")!;
        var code = Assert.Throws<Cql2Exception>(() => Cql2Sql.Compile(Cql2Sql.PropertyEquals("status", "坏了"), assets, OgcCrs.Crs84, 1));
        Assert.Contains("完好 good、损坏 damaged", code.Message);
        Assert.Null(code.Position);
        var date = Assert.Throws<Cql2Exception>(() => Cql2Sql.Compile(Cql2Sql.PropertyEquals("installDate", "去年"), assets, OgcCrs.Crs84, 1));
        Assert.Contains("2025-06-01", date.Message);
    }

    [Fact]
    public void A_geometry_in_a_projected_filter_crs_is_swapped_to_x_y_and_moved_to_4326_by_postgis()
    {
        Assert.True(OgcCrs.TryParse("EPSG:4528", out var gk, out _));
        var f = Cql2Sql.Compile(Cql2Parser.Parse("S_INTERSECTS(geometry, POINT(3434000 40481000))", null), FeatureCollections.Find("assets")!, gk, 1);
        Assert.Equal("ST_Intersects(t.geom, ST_Transform($1, 4326))", f.Sql);
        Assert.Equal("POINT (40481000 3434000) @4528", Shown(f).Split(" | ")[1]);
    }

    [Fact]
    public void An_unknown_filter_lang_is_refused_naming_the_two_offered()
    {
        var e = Assert.Throws<Cql2Exception>(() => Cql2Parser.Parse("status = 'good'", "ecql"));
        Assert.Contains("cql2-text", e.Message);
        Assert.Contains("cql2-json", e.Message);
    }

    [Fact]
    public void An_error_message_says_in_chinese_and_english_what_was_expected_and_what_was_found()
    {
        var e = Assert.Throws<Cql2Exception>(() => Compile("status = 'good' AND kind"));
        Assert.Equal(21, e.Position);
        Assert.Equal("filter 第 21 个字符处：属性 kind 不是真假值，不能单独作为条件，请写比较，如 kind = …。" +
                     "At character 21 of the filter: the property kind is not a boolean and cannot stand alone as a condition; compare it, as in kind = …", e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("cql2-json")]
    public void A_filter_nested_beyond_reason_is_refused_not_run_until_the_stack_breaks(string? lang)
    {
        var text = lang is null
            ? string.Concat(Enumerable.Repeat("(NOT ", 5000)) + "name = 'a'" + new string(')', 5000)
            : string.Concat(Enumerable.Repeat("{\"op\": \"not\", \"args\": [", 5000)) + "true" + string.Concat(Enumerable.Repeat("]}", 5000));
        var e = Assert.Throws<Cql2Exception>(() => Compile(text, lang: lang));
        Assert.NotNull(e.Position);
    }

    [Fact]
    public void A_filter_with_thousands_of_values_is_refused_before_it_reaches_postgresql()
    {
        var list = string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"'{i}'"));
        Assert.Throws<Cql2Exception>(() => Compile($"name IN ({list})"));
    }
}
