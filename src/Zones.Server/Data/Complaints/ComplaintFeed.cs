using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Zones.Server.Data.Notify;
using Zones.Server.Data.Query;

namespace Zones.Server.Data.Complaints;

/// <summary>
/// Complaints that were reported or changed, through any server instance, for the <c>complaintChanged</c>
/// subscription. Each subscriber has its own bounded channel; a slow one loses its oldest events rather than
/// slowing the writers.
/// </summary>
/// <remarks>
/// <para>Every write of <c>zones.complaint</c> is announced by the database on the <see cref="ChangeBus"/> (channel
/// <see cref="Channel"/>, "township id,id,…", migration 0031), whichever instance, import or tool wrote it. Each
/// instance loads the announced rows, one query per burst of announcements (not one per case), and hands them to
/// its own subscribers; with no subscriber nothing is loaded.</para>
/// <para><see cref="Publish"/> hands a row to this instance's subscribers at once (a writer that has the row saves
/// the round trip); the same version announced by the database afterwards is not handed out again, nor is a row
/// published after its announcement was handed out.</para>
/// </remarks>
public sealed class ComplaintFeed : IDisposable
{
    /// <summary>The bus channel the database announces written cases on.</summary>
    public const string Channel = "complaint";

    // A row the primary has committed may not have reached a read replica yet: missing ids are asked once more.
    static readonly TimeSpan RetryMissing = TimeSpan.FromMilliseconds(500);
    const int MaxIdsPerQuery = 1000, Remembered = 10_000;

    readonly Lock _gate = new();
    readonly List<Channel<ComplaintRow>> _subscribers = [];
    readonly Channel<(string Township, long[] Ids, bool Retry)> _announced = System.Threading.Channels.Channel.CreateUnbounded<(string, long[], bool)>();
    readonly ConcurrentDictionary<long, (int Version, DateTimeOffset UpdatedAt, bool ViaBus)> _handedOut = new();
    readonly ListQuery _lists;
    readonly ILogger<ComplaintFeed> _logger;
    readonly IDisposable _subscription;
    readonly CancellationTokenSource _stop = new();
    readonly Task _loader;

    public ComplaintFeed(ChangeBus bus, ListQuery lists, ILogger<ComplaintFeed> logger)
    {
        (_lists, _logger) = (lists, logger);
        _subscription = bus.Subscribe(Channel, Announced);
        _loader = Task.Run(() => LoadAsync(_stop.Token));
    }

    /// <summary>Hands <paramref name="complaint"/> to this instance's subscribers now (every instance hears it from the database anyway).</summary>
    public void Publish(ComplaintRow complaint)
    {
        if (_handedOut.TryGetValue(complaint.Id, out var seen) && seen == (complaint.Version, complaint.UpdatedAt, true))
            return;
        Remember(complaint, viaBus: false);
        Broadcast(complaint);
    }

    public async IAsyncEnumerable<object?> SubscribeAsync(Func<ComplaintRow, bool> filter, [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<ComplaintRow>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
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

    // "<township> <id>,<id>,…"; a bulk write announces the township alone and is not pushed case by case.
    void Announced(string payload)
    {
        lock (_gate)
            if (_subscribers.Count == 0)
                return;
        var parts = payload.Split(' ', 2);
        if (parts.Length < 2)
            return;
        var ids = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).ToArray();
        _announced.Writer.TryWrite((parts[0], ids, false));
    }

    async Task LoadAsync(CancellationToken ct)
    {
        try
        {
            while (await _announced.Reader.WaitToReadAsync(ct))
            {
                var burst = new List<(string Township, long[] Ids, bool Retry)>();
                while (_announced.Reader.TryRead(out var announced))
                    burst.Add(announced);
                await LoadBurstAsync(burst, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    async Task LoadBurstAsync(List<(string Township, long[] Ids, bool Retry)> burst, CancellationToken ct)
    {
        foreach (var chunk in burst.SelectMany(b => b.Ids.Select(id => (b.Township, Id: id, b.Retry))).DistinctBy(x => x.Id).Chunk(MaxIdsPerQuery))
        {
            try
            {
                // The township travels with the ids, so a table partitioned by township is searched in those partitions only.
                var rows = await _lists.ByIdsAsync(Query.Sources.Complaints, [.. chunk.Select(x => x.Id)], r => r.Id, ct,
                                                   townships: [.. chunk.Select(x => x.Township).Distinct()]);
                foreach (var (township, id, retry) in chunk.OrderBy(x => x.Id))
                {
                    if (rows.GetValueOrDefault(id) is { } row)
                        HandOut(row);
                    else if (!retry)
                        _ = RetryAsync(township, id, ct);
                }
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                _logger.LogWarning(e, "Loading {Count} announced complaints for subscribers failed; they are not pushed", chunk.Length);
            }
        }
    }

    async Task RetryAsync(string township, long id, CancellationToken ct)
    {
        await Task.Delay(RetryMissing, ct).ContinueWith(_ => { }, CancellationToken.None);
        _announced.Writer.TryWrite((township, [id], true));
    }

    void HandOut(ComplaintRow row)
    {
        if (_handedOut.TryGetValue(row.Id, out var seen) && (seen.Version, seen.UpdatedAt) == (row.Version, row.UpdatedAt))
            return;
        Remember(row, viaBus: true);
        Broadcast(row);
    }

    void Remember(ComplaintRow row, bool viaBus)
    {
        // Only recent cases matter (a publication and its announcement come milliseconds apart).
        if (_handedOut.Count > Remembered)
            _handedOut.Clear();
        _handedOut[row.Id] = (row.Version, row.UpdatedAt, viaBus);
    }

    void Broadcast(ComplaintRow complaint)
    {
        lock (_gate)
            foreach (var s in _subscribers)
                s.Writer.TryWrite(complaint);
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _stop.Cancel();
        _announced.Writer.TryComplete();
    }
}
