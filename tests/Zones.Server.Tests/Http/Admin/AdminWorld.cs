using System.Net.Http.Json;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Admin;

/// <summary>
/// The demo and the second township (county 330522, its admin <see cref="SecondTownship.CountyAdmin"/>)
/// in a database of the suite's own (it creates townships and accounts), one server over it, and the
/// GraphQL plumbing of the admin tests.
/// </summary>
public abstract class AdminWorld(string suffix) : TwoTownshipsDatabase(suffix)
{
    public ZonesApplication App { get; private set; } = null!;
    public SignedInClients SignIns { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        App = new ZonesApplication(ConnectionString);
        SignIns = new SignedInClients(App);
    }

    public override async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>Runs <c>field(input: $input) { selection errors { __typename message } }</c> as <paramref name="who"/>; returns the payload.</summary>
    public async Task<JsonElement> MutateAsync(string? who, string field, object input, string selection) =>
        await MutateAsync(await SignIns.ForAsync(who), field, input, selection);

    public static async Task<JsonElement> MutateAsync(HttpClient client, string field, object input, string selection)
    {
        var type = char.ToUpperInvariant(field[0]) + field[1..];
        var query = $"mutation($input: {type}Input!) {{ x: {field}(input: $input) {{ {selection} errors {{ __typename ... on UserError {{ message }} }} }} }}";
        var root = await PostAsync(client, query, new { input });
        Assert.True(root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, root.ToString());
        return data.GetProperty("x");
    }

    /// <summary>Runs a query as <paramref name="who"/>; returns the whole response.</summary>
    public async Task<JsonElement> QueryAsync(string? who, string query, object? variables = null) =>
        await PostAsync(await SignIns.ForAsync(who), query, variables);

    static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The __typename of each error of a payload.</summary>
    public static string[] Errors(JsonElement payload) =>
        [.. payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("__typename").GetString()!)];

    /// <summary>The message of the payload's first error, or "".</summary>
    public static string Message(JsonElement payload) =>
        payload.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).FirstOrDefault() ?? "";
}

/// <summary>The world of <see cref="TownshipAdminTests"/>.</summary>
public sealed class TownshipAdminWorld() : AdminWorld("_admin_townships");

/// <summary>The world of <see cref="AccountAdminTests"/>.</summary>
public sealed class AccountAdminWorld() : AdminWorld("_admin_accounts");
