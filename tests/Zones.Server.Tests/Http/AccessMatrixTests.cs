using System.Net.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using ComplaintFeed = Zones.Server.Data.Complaints.ComplaintFeed;
using Zones.Server.Data.Query;
using Zones.Server.Tests.Http.AccessMatrix;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Http;

/// <summary>
/// The access matrix of issue #10 ("Proof"), on real PostGIS through the real HTTP pipeline: every
/// actor (<see cref="MatrixActor.All"/>) × every township (the public demo, the non-public second one)
/// × every write (<see cref="WriteMatrix"/>) and every read path (<see cref="ReadMatrix"/>, the
/// complaintChanged subscription). A write is allowed exactly to the roles that may run it inside their
/// scope, and a refused one changes no row and writes no audit row in either township; a read shows a
/// township exactly to those who may read it (public, or in the scope). Each test runs its whole table
/// and lists every wrong cell.
/// </summary>
public class AccessMatrixTests(AccessMatrixFixture m) : IClassFixture<AccessMatrixFixture>
{
    [Fact]
    public async Task Every_mutation_of_the_schema_has_a_row_in_the_write_matrix()
    {
        var schema = await m.App.GetJsonAsync("/graphql?query=" + Uri.EscapeDataString("{ __type(name: \"Mutation\") { fields { name } } }"));
        var mutations = schema.GetProperty("data").GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!);
        var rows = WriteMatrix.All.Select(w => w.Mutation).OfType<string>().ToHashSet();
        Assert.True(mutations.All(rows.Contains), $"mutations without a row in WriteMatrix: {string.Join(", ", mutations.Where(n => !rows.Contains(n)))}");
        Assert.True(rows.All(mutations.Contains), $"rows of WriteMatrix naming no mutation: {string.Join(", ", rows.Where(n => !mutations.Contains(n)))}");
    }

    [Fact]
    public async Task A_write_is_allowed_exactly_to_its_roles_inside_their_scope_and_a_refused_one_writes_nothing()
    {
        var cells = from write in WriteMatrix.All from township in m.Townships from actor in m.Actors select (write, township, actor);
        var wrong = new List<string>();
        foreach (var (write, township, actor) in cells)
            if (await WrongWriteAsync(write, township, actor) is { } problem)
                wrong.Add($"{write} × {township} × {actor}: {problem}");
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {cells.Count()} write cells are wrong:\n{string.Join("\n", wrong)}");
    }

    /// <summary>What is wrong with one write cell, or null.</summary>
    async Task<string?> WrongWriteAsync(WriteCase write, MatrixTownship township, MatrixActor actor)
    {
        var input = await write.Input(m.Fresh, township);
        var before = await RowState.ReadAsync(m.DataSource, m.Codes);
        var answer = await write.Send(await m.ClientAsync(actor), input);
        var after = await RowState.ReadAsync(m.DataSource, m.Codes);
        var expected = (write.Expected?.Invoke(actor, township) ?? actor.MayWrite(township, write.Roles)) ? Outcome.Allowed : Outcome.Refused;
        var others = m.Codes.Where(c => c != township.Code);
        if (answer.Outcome != expected)
            return $"expected {expected}, got {answer.Outcome}: {answer.Body}";
        if (expected == Outcome.Refused || !write.Writes)
            return m.Codes.FirstOrDefault(c => before[c] != after[c]) is { } changed
                ? $"{answer.Outcome} but rows of {changed} changed: {before[changed]} → {after[changed]}" : null;
        if (RowState.AuditRows(after[township.Code]) <= RowState.AuditRows(before[township.Code]))
            return $"allowed but no audit row in {township}: {answer.Body}";
        return others.FirstOrDefault(c => before[c] != after[c]) is { } touched ? $"allowed, and it touched {touched} too" : null;
    }

    [Fact]
    public async Task A_read_path_shows_a_township_exactly_to_those_who_may_read_it()
    {
        var layers = (await m.App.GetJsonAsync("/tiles")).GetProperty("layers").EnumerateArray().Select(l => l.GetProperty("id").GetString()!);
        var cells = (from read in ReadMatrix.All.Concat(ReadMatrix.Tiles(layers)) from township in m.Townships from actor in m.Actors
                     select (read, township, actor)).ToList();
        foreach (var actor in m.Actors)
            await m.ClientAsync(actor);
        var wrong = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(cells, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (cell, _) =>
        {
            var (read, township, actor) = cell;
            var answer = await read.Ask(await m.ClientAsync(actor), township);
            var expected = read.Expected(actor, township);
            if (answer.Shows != expected)
                wrong.Add($"{read} × {township} × {actor}: expected {(expected ? "shown" : "hidden")}, got {answer.Shows?.ToString() ?? "neither"}: {answer.Body}");
        });
        Assert.True(wrong.IsEmpty, $"{wrong.Count} of {cells.Count} read cells are wrong:\n{string.Join("\n", wrong.Order())}");
    }

    [Fact]
    public async Task ComplaintChanged_brings_a_subscriber_the_cases_of_a_township_exactly_when_it_may_read_it()
    {
        var demo = m.Townships.Single(t => t.IsPublic);
        var markers = await m.DataSource.ScalarAsync<long[]>($"SELECT array_agg(id) FROM (SELECT id FROM zones.complaint WHERE township_code = '{demo.Code}' AND id <> {demo.ComplaintId} ORDER BY id LIMIT 2) c");
        var rows = await m.App.Services.GetRequiredService<ListQuery>()
            .ByIdsAsync(Sources.Complaints, [.. markers, .. m.Townships.Select(t => t.ComplaintId)], c => c.Id, CancellationToken.None);
        var wrong = new List<string>();
        foreach (var township in m.Townships)
            foreach (var actor in m.Actors)
            {
                var expected = actor.MayRead(township);
                var (all, zone) = (await AllCasesShowAsync(actor, township, rows, markers), await ZoneCasesShowAsync(actor, township, rows));
                if (all != expected || zone != expected)
                    wrong.Add($"{township} × {actor}: expected {(expected ? "shown" : "hidden")}, every case: {all}, its zone: {zone?.ToString() ?? "neither"}");
            }
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {2 * m.Townships.Count * m.Actors.Count} subscription cells are wrong:\n{string.Join("\n", wrong)}");
    }

    /// <summary>
    /// Subscribes to every case; once a first marker (a demo case) arrives the subscription is live, so
    /// the township's case published next, then a second marker: did the case come before the marker?
    /// </summary>
    async Task<bool> AllCasesShowAsync(MatrixActor actor, MatrixTownship township, IReadOnlyDictionary<long, ComplaintRow> rows, long[] markers)
    {
        using var socket = await SubscribeAsync(actor, "subscription { complaintChanged { caseNumber } }");
        await GraphQLSockets.ReceiveWhilePublishingAsync(socket, () => Publish(rows[markers[0]]));
        Publish(rows[township.ComplaintId]);
        Publish(rows[markers[1]]);
        var seen = new List<string>();
        do
            seen.Add(await GraphQLSockets.ReceiveAsync(socket));
        while (!seen[^1].Contains(rows[markers[1]].CaseNumber));
        await CloseAsync(socket);
        return seen.Any(message => message.Contains(township.CaseNumber));
    }

    /// <summary>Subscribes to the township's zone: its case arrives, or the zone is refused as missing.</summary>
    async Task<bool?> ZoneCasesShowAsync(MatrixActor actor, MatrixTownship township, IReadOnlyDictionary<long, ComplaintRow> rows)
    {
        using var socket = await SubscribeAsync(actor, $"subscription {{ complaintChanged(zoneId: {township.AreaZoneId}) {{ caseNumber }} }}");
        var first = await GraphQLSockets.ReceiveWhilePublishingAsync(socket, () => Publish(rows[township.ComplaintId]));
        await CloseAsync(socket);
        return first.Contains(township.CaseNumber) ? true : first.Contains($"Zone {township.AreaZoneId} does not exist") ? false : null;
    }

    async Task<WebSocket> SubscribeAsync(MatrixActor actor, string query) => actor.Who switch
    {
        null => await GraphQLSockets.SubscribeAsync(m.App, query),
        var key when key.StartsWith("key:", StringComparison.Ordinal) => await GraphQLSockets.SubscribeAsync(m.App, query, apiKey: key[4..]),
        var user => await GraphQLSockets.SubscribeAsync(m.App, query, await m.SignIns.TokenAsync(user)),
    };

    /// <summary>Says goodbye, as a browser leaving the page does, before the socket is dropped.</summary>
    static async Task CloseAsync(WebSocket socket)
    {
        if (socket.State == WebSocketState.Open)
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    void Publish(ComplaintRow row) => m.App.Services.GetRequiredService<ComplaintFeed>().Publish(row);
}
