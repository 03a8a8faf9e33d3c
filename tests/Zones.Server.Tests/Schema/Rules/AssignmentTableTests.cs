using System.Text.Json;

namespace Zones.Server.Tests.Schema.Rules;

/// <summary>The 包联 table: filters by target kind, owner and target name, active or all, paged.</summary>
[Collection(RulesDatabase.Collection)]
public class AssignmentTableTests(RulesDatabase db)
{
    async Task<JsonElement> TableAsync(string arguments) =>
        (await db.QueryAsync($"{{ assignmentTable(townshipCode: \"{db.Demo}\" {arguments}) {{ totalCount edges {{ cursor node {{ targetKind targetName ownerName ownerPhone validTo }} }} pageInfo {{ hasNextPage endCursor }} }} }}", null))
        .GetProperty("assignmentTable");

    static IEnumerable<JsonElement> Nodes(JsonElement table) => table.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"));

    [Fact]
    public async Task The_table_filters_by_target_kind_and_lists_only_active_rows_unless_asked()
    {
        var roads = await TableAsync(", targetKind: ROAD");
        Assert.NotEmpty(Nodes(roads));
        Assert.All(Nodes(roads), n => Assert.Equal("ROAD", n.GetProperty("targetKind").GetString()));
        Assert.All(Nodes(await TableAsync("")), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("validTo").ValueKind));
        Assert.True((await TableAsync(", activeOnly: false")).GetProperty("totalCount").GetInt32() >= (await TableAsync("")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_table_finds_owners_by_part_of_a_name_or_phone_and_targets_by_part_of_a_name()
    {
        var first = Nodes(await TableAsync(", first: 1")).Single();
        var (owner, target) = (first.GetProperty("ownerName").GetString()!, first.GetProperty("targetName").GetString()!);
        Assert.All(Nodes(await TableAsync($", ownerSearch: \"{owner[1..]}\"")), n => Assert.Contains(owner[1..], n.GetProperty("ownerName").GetString()));
        Assert.All(Nodes(await TableAsync($", targetSearch: \"{target[..^1]}\"")), n => Assert.Contains(target[..^1], n.GetProperty("targetName").GetString()));
        if (first.GetProperty("ownerPhone").GetString() is { Length: > 4 } phone)
            Assert.Contains(Nodes(await TableAsync($", ownerSearch: \"{phone[^4..]}\"")), n => n.GetProperty("ownerPhone").GetString() == phone);
        Assert.Equal(0, (await TableAsync(", ownerSearch: \"%\"")).GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task The_table_pages_with_cursors()
    {
        var page = await TableAsync(", first: 2");
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var next = await TableAsync($", first: 2, after: \"{page.GetProperty("pageInfo").GetProperty("endCursor").GetString()}\"");
        Assert.Empty(Nodes(next).Select(n => n.ToString()).Intersect(Nodes(page).Select(n => n.ToString())));
    }

    [Fact]
    public async Task A_township_the_caller_may_not_read_has_an_empty_table()
    {
        var hidden = await db.ScalarAsync<string>("SELECT '330522299000'");
        Assert.Equal(0, (await db.QueryAsync($"{{ assignmentTable(townshipCode: \"{hidden}\") {{ totalCount }} }}", null)).GetProperty("assignmentTable").GetProperty("totalCount").GetInt32());
    }
}
