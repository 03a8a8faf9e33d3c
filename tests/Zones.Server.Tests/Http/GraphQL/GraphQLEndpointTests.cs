using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.GraphQL;

/// <summary>/graphql over HTTP, per the GraphQL-over-HTTP draft, on the demo township.</summary>
[Collection(PostgisCollection.Name)]
public class GraphQLEndpointTests(PostgisFixture pg) : IAsyncLifetime
{
    const string GraphQLResponse = "application/graphql-response+json";
    const string ZonesQuery = "{ zones(first: 2) { totalCount edges { node { name } } } }";

    sealed record Reply(HttpStatusCode Status, string? MediaType, string Body, HttpResponseMessage Response)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
        public string FirstMessage => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }

    static async Task<Reply> SendAsync(HttpClient client, HttpMethod method, string pathAndQuery, string? body = null,
        string? accept = GraphQLResponse, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, pathAndQuery);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, MediaTypeHeaderValue.Parse(contentType));
        var response = await client.SendAsync(request);
        return new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), response);
    }

    Task<Reply> PostAsync(object request, string? accept = GraphQLResponse) =>
        SendAsync(App.CreateClient(), HttpMethod.Post, "/graphql", JsonSerializer.Serialize(request), accept);

    Task<Reply> GetAsync(string query, string? accept = GraphQLResponse) =>
        SendAsync(App.CreateClient(), HttpMethod.Get, "/graphql" + query, accept: accept);

    ZonesApplication App { get; } = new(pg.ConnectionString);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => App.DisposeAsync().AsTask();

    [Fact]
    public async Task A_query_over_POST_returns_the_demo_zones_as_graphql_response_json()
    {
        var reply = await PostAsync(new { query = ZonesQuery });
        Assert.Equal((HttpStatusCode.OK, GraphQLResponse), (reply.Status, reply.MediaType));
        var zones = reply.Json.GetProperty("data").GetProperty("zones");
        Assert.Equal(await pg.ScalarAsync<long>("SELECT count(*) FROM zones.zone"), zones.GetProperty("totalCount").GetInt64());
        Assert.Equal(2, zones.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task GET_and_POST_give_the_same_response()
    {
        var variables = """{"n":2}""";
        var query = "query Zones($n: Int) { zones(first: $n) { edges { node { name } } } }";
        var get = await GetAsync($"?query={Uri.EscapeDataString(query)}&variables={Uri.EscapeDataString(variables)}&operationName=Zones");
        var post = await PostAsync(new { query, variables = JsonDocument.Parse(variables).RootElement, operationName = "Zones" });
        Assert.Equal(HttpStatusCode.OK, get.Status);
        Assert.Equal(post.Body, get.Body);
    }

    [Theory]
    [InlineData(GraphQLResponse, HttpStatusCode.BadRequest, GraphQLResponse)]
    [InlineData("application/json", HttpStatusCode.OK, "application/json")]
    [InlineData(null, HttpStatusCode.OK, "application/json")]
    [InlineData("*/*", HttpStatusCode.OK, "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", HttpStatusCode.BadRequest, GraphQLResponse)]
    public async Task A_validation_error_answers_per_the_accepted_media_type(string? accept, HttpStatusCode status, string mediaType)
    {
        var reply = await PostAsync(new { query = "{ nope }" }, accept);
        Assert.Equal((status, mediaType), (reply.Status, reply.MediaType));
        Assert.StartsWith("Cannot query field \"nope\"", reply.FirstMessage);
        Assert.False(reply.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_variable_coercion_error_answers_400_with_graphql_response_json()
    {
        var reply = await PostAsync(new { query = "query ($n: Int) { zones(first: $n) { totalCount } }", variables = new { n = "two" } });
        Assert.Equal((HttpStatusCode.BadRequest, GraphQLResponse), (reply.Status, reply.MediaType));
        Assert.Contains("\"$n\"", reply.FirstMessage);
    }

    [Fact]
    public async Task A_mutation_over_GET_answers_405_with_Allow_POST()
    {
        var reply = await GetAsync("?query=" + Uri.EscapeDataString("mutation { __typename }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal(["POST"], reply.Response.Content.Headers.Allow);
        Assert.Equal("Mutations must be sent with POST.", reply.FirstMessage);
    }

    [Theory]
    [InlineData("{\"query\":", "The request body is not valid JSON")]
    [InlineData("[1]", "A GraphQL request must be a JSON object.")]
    [InlineData("{\"variables\":{}}", "A GraphQL request must have a string \"query\".")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[1]}", "\"variables\" must be a JSON object.")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":1}", "\"operationName\" must be a string.")]
    public async Task A_malformed_request_answers_400_with_a_GraphQL_error_body(string body, string message)
    {
        var reply = await SendAsync(App.CreateClient(), HttpMethod.Post, "/graphql", body);
        Assert.Equal((HttpStatusCode.BadRequest, GraphQLResponse), (reply.Status, reply.MediaType));
        Assert.StartsWith(message, reply.FirstMessage);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_answers_415()
    {
        var reply = await SendAsync(App.CreateClient(), HttpMethod.Post, "/graphql", "{ __typename }", contentType: "application/graphql");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, reply.Status);
        Assert.Equal("A GraphQL POST body must be application/json (UTF-8).", reply.FirstMessage);
    }

    [Fact]
    public async Task A_body_over_24_MB_answers_413()
    {
        var reply = await PostAsync(new { query = "{ __typename }", variables = new { padding = new string('x', 24 << 20) } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, reply.Status);
        Assert.Equal("The request body is larger than 24 MB.", reply.FirstMessage);
    }

    [Fact]
    public async Task An_Accept_header_without_a_JSON_type_answers_406()
    {
        var reply = await PostAsync(new { query = "{ __typename }" }, "application/xml");
        Assert.Equal((HttpStatusCode.NotAcceptable, "application/json"), (reply.Status, reply.MediaType));
    }

    [Fact]
    public async Task GET_without_a_query_answers_400()
    {
        var reply = await GetAsync("");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("A GraphQL GET request needs a \"query\" parameter.", reply.FirstMessage);
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL()
    {
        var reply = await GetAsync("", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        Assert.Equal("text/html", reply.MediaType);
        Assert.Contains("<title>片区 Zones · GraphQL</title>", reply.Body);
    }

    [Fact]
    public async Task An_internal_resolver_exception_is_masked()
    {
        await using var app = TestSchemaApplication.Create(pg.ConnectionString);
        var reply = await SendAsync(app.CreateClient(), HttpMethod.Post, "/graphql", """{"query":"{ hello boom }"}""");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal("""{"errors":[{"message":"Internal server error (logged)","locations":[{"line":1,"column":9}],"path":["boom"]}],"data":{"hello":"世界","boom":null}}""", reply.Body);
    }
}
