using System.Collections;
using Zones.GraphQL.Types;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>What the connection types read, whatever the node type.</summary>
public interface IConnection
{
    IEnumerable Edges { get; }
    object PageInfo { get; }
    Task<long> CountAsync(CancellationToken ct);
}

/// <summary>A Relay connection page plus the count that <c>totalCount</c> runs only when asked.</summary>
public sealed record ConnectionValue<T>(Page<T> Page, Func<CancellationToken, Task<long>> Count) : IConnection
{
    public IEnumerable Edges => Page.Edges;
    public object PageInfo => Page;
    public Task<long> CountAsync(CancellationToken ct) => Count(ct);
}

/// <summary>Relay connection types: <c>XConnection { totalCount edges { cursor node } pageInfo }</c>.</summary>
public static class Connections
{
    /// <summary>The connection type of node type <paramref name="node"/>; its edge type is <c>{node}Edge</c>.</summary>
    public static ObjectType Of(string node) => new($"{node}Connection", t =>
    {
        t.Field("totalCount", "Int!", async (c, _, ctx) => (object?)(int)await ((IConnection)c!).CountAsync(ctx.CancellationToken))
            .Description("Rows matching the filter (all pages).");
        t.Field("edges", $"[{node}Edge!]!", c => ((IConnection)c!).Edges);
        t.Field("pageInfo", "PageInfo!", c => ((IConnection)c!).PageInfo);
    });

    /// <summary>The edge type: cursor, node, and the distance in metres when sorted or filtered by distance.</summary>
    public static ObjectType EdgeOf(string node, bool withDistance) => new($"{node}Edge", t =>
    {
        t.Field("cursor", "String!");
        t.Field("node", $"{node}!");
        if (withDistance)
            t.Field("distanceM", "Float").Description("Metres from the distance origin (orderBy distance / near filter); null otherwise.");
    });
}
