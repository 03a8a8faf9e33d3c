using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Zones.Server.Data.Query;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// In-process broadcast of complaints that were reported or moved a step, for the
/// <c>complaintChanged</c> subscription. Each subscriber has its own bounded channel; a slow one
/// loses its oldest events rather than slowing the writers.
/// </summary>
/// <remarks>One server process only: behind a load balancer this would move to PostgreSQL LISTEN/NOTIFY.</remarks>
public sealed class ComplaintFeed
{
    readonly Lock _gate = new();
    readonly List<Channel<ComplaintRow>> _subscribers = [];

    public void Publish(ComplaintRow complaint)
    {
        lock (_gate)
            foreach (var s in _subscribers)
                s.Writer.TryWrite(complaint);
    }

    public async IAsyncEnumerable<object?> SubscribeAsync(Func<ComplaintRow, bool> filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateBounded<ComplaintRow>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
            _subscribers.Add(channel);
        try
        {
            await foreach (var complaint in channel.Reader.ReadAllAsync(ct))
                if (filter(complaint))
                    yield return complaint;
        }
        finally
        {
            lock (_gate)
                _subscribers.Remove(channel);
        }
    }
}
