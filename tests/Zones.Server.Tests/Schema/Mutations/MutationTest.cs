using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Zones.Server.Data;
using Zones.Server.Tests.Data.Editing;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Mutations;

/// <summary>
/// What the mutation tests share: a hand-built <see cref="TestTownship"/> (1 km square, local metres),
/// actors of each role, and running one mutation with inline input to get its payload.
/// </summary>
public abstract class MutationTest(MutationDatabase db) : IAsyncLifetime
{
    protected readonly TestTownship Town = new(db.DataSource);
    protected readonly MutationDatabase Db = db;

    protected Actor Planner => Town.Actor;
    protected static readonly Actor Viewer = new("viewer", Roles.Viewer);
    protected static readonly Actor Hotline = new("apikey:12345", Roles.Hotline);

    public virtual Task InitializeAsync() => Town.CreateAsync();

    public virtual Task DisposeAsync() => Town.DisposeAsync();

    /// <summary>Runs <c>mutation { field(input: {input}) { selection errors { … } } }</c>; returns the payload (no top-level errors allowed).</summary>
    protected async Task<JsonElement> MutateAsync(string field, string input, string selection, Actor? actor, string errorFields = "")
    {
        var result = await Db.App.ExecuteAsync(
            $"mutation {{ {field}(input: {{ {input} }}) {{ {selection} errors {{ __typename ... on UserError {{ code message path }} {errorFields} }} }} }}",
            actor: actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty(field);
    }

    /// <summary>The payload's only error, checked to be of type <paramref name="typename"/>.</summary>
    protected static JsonElement Error(JsonElement payload, string typename)
    {
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(typename, error.GetProperty("__typename").GetString());
        return error;
    }

    protected static JsonElement Ok(JsonElement payload, string field)
    {
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.GetProperty("errors").ToString());
        return payload.GetProperty(field);
    }

    /// <summary>WKT of a geometry given in the township's local metres, in WGS84.</summary>
    protected static string Wkt(string localWkt) => Wkt(TestTownship.Local(localWkt));

    protected static string Wkt(Geometry g) => new WKTWriter { MaxCoordinatesPerLine = int.MaxValue }.Write(g);

    protected static string Rect(double x0, double y0, double x1, double y1) => Wkt(TestTownship.Rect(x0, y0, x1, y1));

    protected static long Id(JsonElement e) => long.Parse(e.GetProperty("id").GetString()!);
}
