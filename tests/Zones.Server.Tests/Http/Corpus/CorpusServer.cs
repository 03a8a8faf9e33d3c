using System.Net.Http.Json;
using Npgsql;
using Zones.Server.Data.Demo;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http.Corpus;

/// <summary>
/// The server the bad-input corpus runs against: its own database (suffix <c>_corpus</c>) with the
/// demo township, the real HTTP pipeline, an admin signed in (so refusals are about input, not
/// permissions), and the ids of real rows that cases point at through <c>{zone}</c>-style placeholders.
/// </summary>
public sealed class CorpusServer : IAsyncLifetime
{
    /// <summary>The tables whose row counts must not change: what a bad input could write.</summary>
    const string CountsSql = """
        SELECT (SELECT count(*) FROM zones.zone), (SELECT count(*) FROM zones.road), (SELECT count(*) FROM zones.asset),
               (SELECT count(*) FROM zones.complaint), (SELECT count(*) FROM zones.complaint_event),
               (SELECT count(*) FROM zones.assignment), (SELECT count(*) FROM zones.audit_log)
        """;

    const string IdsSql = """
        SELECT (SELECT min(id) FROM zones.zone WHERE level <> 'township'), (SELECT min(id) FROM zones.asset),
               (SELECT min(id) FROM zones.road), (SELECT min(id) FROM zones.complaint), (SELECT min(id) FROM zones.assignment),
               (SELECT min(id) FROM zones.person), (SELECT min(id) FROM zones.unit)
        """;

    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public ZonesApplication App { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;
    public HttpClient Anonymous { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Placeholders { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var cs = TestDatabases.Named("_corpus");
        (DataSource, var demoCode) = await TestDatabases.CreateWithDemoAsync(cs);
        App = new ZonesApplication(cs);
        Admin = App.CreateClient();
        (await Admin.PostAsJsonAsync("/auth/login", new { username = "admin", password = "admin-demo-2026" })).EnsureSuccessStatusCode();
        Anonymous = App.CreateClient();
        Placeholders = await PlaceholdersAsync(demoCode);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await DataSource.DisposeAsync();
    }

    /// <summary>Row counts of zone, road, asset, complaint, complaint_event, assignment and audit_log.</summary>
    public async Task<long[]> CountsAsync()
    {
        await using var cmd = DataSource.CreateCommand(CountsSql);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        return Enumerable.Range(0, reader.FieldCount).Select(reader.GetInt64).ToArray();
    }

    async Task<IReadOnlyDictionary<string, string>> PlaceholdersAsync(string township)
    {
        await using var cmd = DataSource.CreateCommand(IdsSql);
        await using var reader = await cmd.ExecuteReaderAsync();
        await reader.ReadAsync();
        string[] names = ["zone", "asset", "road", "complaint", "assignment", "person", "unit"];
        var map = names.Select((n, i) => (n, reader.GetInt64(i).ToString())).ToDictionary(p => "{" + p.n + "}", p => p.Item2);
        map["{township}"] = township;
        return map;
    }
}
