using System.Text.Json;
using Npgsql;
using Zones.GraphQL.Execution;
using Zones.Server.Data;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Schema.Rules;

/// <summary>
/// A database of its own (<c>{ZONES_TEST_DB database}_rules</c>) with the demo township, and the
/// server over it, for the tests of the calendar, categories, settings and roster: they write.
/// </summary>
public sealed class RulesDatabase : IAsyncLifetime
{
    public const string Collection = "rules-db";

    readonly string _connectionString = TestDatabases.Named("_rules");

    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public ZonesApplication App { get; private set; } = null!;
    public string Demo { get; private set; } = "";

    /// <summary>The demo's admin, planner and viewer; the installation's admin (national rows).</summary>
    public Actor Admin => new("rules-admin", Roles.Admin, Scope: ActorScope.Township(Demo));
    public Actor Planner => new("rules-planner", Roles.Planner, Scope: ActorScope.Township(Demo));
    public Actor Viewer => new("rules-viewer", Roles.Viewer, Scope: ActorScope.Township(Demo));
    public static readonly Actor Installation = new("root", Roles.Admin);

    public async Task InitializeAsync()
    {
        (DataSource, Demo) = await TestDatabases.CreateWithDemoAsync(_connectionString);
        App = new ZonesApplication(_connectionString);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await DataSource.DisposeAsync();
    }

    /// <summary>Runs <c>field(input: $input)</c> as <paramref name="actor"/>; returns the payload (no top-level errors allowed).</summary>
    public async Task<JsonElement> MutateAsync(string field, object input, string selection, Actor? actor)
    {
        var type = char.ToUpperInvariant(field[0]) + field[1..];
        var result = await App.ExecuteAsync(
            $"mutation($input: {type}Input!) {{ {field}(input: $input) {{ {selection} errors {{ __typename ... on UserError {{ code message path }} }} }} }}",
            JsonValues.Object(JsonSerializer.SerializeToElement(new { input })), actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data").GetProperty(field);
    }

    /// <summary>Runs a query as <paramref name="actor"/>; returns its data (no errors allowed).</summary>
    public async Task<JsonElement> QueryAsync(string query, Actor? actor)
    {
        var result = await App.ExecuteAsync(query, actor: actor);
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        return result.GetProperty("data");
    }

    public Task<T> ScalarAsync<T>(string sql) => DataSource.ScalarAsync<T>(sql);

    /// <summary>The payload's field after checking it has no errors.</summary>
    public static JsonElement Ok(JsonElement payload, string field)
    {
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.GetProperty("errors").ToString());
        return payload.GetProperty(field);
    }

    /// <summary>The payload's errors after checking each is of type <paramref name="typename"/>.</summary>
    public static List<JsonElement> Errors(JsonElement payload, string typename)
    {
        var errors = payload.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(typename, e.GetProperty("__typename").GetString()));
        return errors;
    }
}

[CollectionDefinition(RulesDatabase.Collection)]
public sealed class RulesCollection : ICollectionFixture<RulesDatabase>;
