using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading.Channels;
using Zones.Server.Data.Notify;

namespace Zones.Server.Data.Notifications;

/// <summary>
/// New notifications as they are written, on this instance: the database announces each one on the change
/// bus (trigger <c>notification_announce</c>, migration 0029) at commit, every instance hears it and hands
/// it to <see cref="Announce"/>, and the <c>notificationAdded</c> subscriptions and the scheduler's
/// wake-up read it from here. Subscribers are called on the bus's loop and must not block.
/// </summary>
public sealed class NotificationFeed : IDisposable
{
    /// <summary>The bus channel the trigger publishes on.</summary>
    public const string Channel = "notification";

    readonly Lock _gate = new();
    readonly ILogger<NotificationFeed> _log;
    readonly IDisposable _bus;
    ImmutableList<Action<NotificationAnnouncement>> _handlers = [];

    public NotificationFeed(ChangeBus bus, ILogger<NotificationFeed> log)
    {
        _log = log;
        _bus = bus.Subscribe(Channel, Announce);
    }

    public void Dispose() => _bus.Dispose();

    /// <summary>Hands one announcement (the trigger's JSON) to every subscriber.</summary>
    public void Announce(string payload)
    {
        NotificationAnnouncement announcement;
        try
        {
            var json = JsonDocument.Parse(payload).RootElement;
            announcement = new NotificationAnnouncement(json.GetProperty("t").GetString()!, json.GetProperty("id").GetInt64(),
                                                        Number(json, "p"), Number(json, "u"));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            _log.LogWarning("Ignored a malformed notification announcement: {Payload}", payload);
            return;
        }
        foreach (var handler in _handlers)
            handler(announcement);
    }

    /// <summary>Calls <paramref name="handler"/> for every announcement until disposed.</summary>
    public IDisposable Subscribe(Action<NotificationAnnouncement> handler)
    {
        lock (_gate)
            _handlers = _handlers.Add(handler);
        return new Unsubscribe(() =>
        {
            lock (_gate)
                _handlers = _handlers.Remove(handler);
        });
    }

    /// <summary>The announcements that pass <paramref name="filter"/>, until cancelled; a slow reader loses the oldest.</summary>
    public async IAsyncEnumerable<NotificationAnnouncement> ReadAsync(Func<NotificationAnnouncement, bool> filter,
                                                                      [EnumeratorCancellation] CancellationToken ct)
    {
        var channel = System.Threading.Channels.Channel.CreateBounded<NotificationAnnouncement>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        using var subscription = Subscribe(a =>
        {
            if (filter(a))
                channel.Writer.TryWrite(a);
        });
        await foreach (var a in channel.Reader.ReadAllAsync(ct))
            yield return a;
    }

    static long? Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : null;

    sealed class Unsubscribe(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
