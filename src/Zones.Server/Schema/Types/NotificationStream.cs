using System.Runtime.CompilerServices;
using Zones.GraphQL.Execution;
using Zones.Server.Data.Notifications;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Types;

/// <summary>
/// The <c>notificationAdded</c> stream: announcements of the reader's readable townships, each read back
/// through the reader's own visibility rule (so a unit's member gets the unit's, an admin the township's,
/// and nobody anyone else's).
/// </summary>
static class NotificationStream
{
    public static async ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(ResolveContext ctx)
    {
        var reader = await NotificationTypes.RequireReaderAsync(ctx);
        var readable = reader.Readable.ToHashSet(StringComparer.Ordinal);
        var announcements = ctx.Get<NotificationFeed>().ReadAsync(a => readable.Contains(a.TownshipCode), ctx.CancellationToken);
        return StreamAsync(announcements, ctx.Get<NotificationStore>(), reader, ctx.CancellationToken);
    }

    static async IAsyncEnumerable<object?> StreamAsync(IAsyncEnumerable<NotificationAnnouncement> announcements, NotificationStore store,
                                                       NotificationReader reader, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var a in announcements.WithCancellation(ct))
        {
            var page = await store.ListAsync(reader, new PageRequest(1, null), false, [a.Id], ct);
            if (page.Edges.Count > 0)
                yield return page.Edges[0].Node;
        }
    }
}
