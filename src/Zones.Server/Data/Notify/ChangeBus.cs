using System.Collections.Immutable;
using System.Text;
using Npgsql;

namespace Zones.Server.Data.Notify;

/// <summary>
/// Changes every server instance must hear (a case reported, an account revoked, a cache to drop), carried by
/// PostgreSQL <c>LISTEN/NOTIFY</c> on one channel, <see cref="PgChannel"/>. A writer publishes inside its own
/// transaction (<see cref="PublishAsync"/>), so PostgreSQL delivers the message at commit and never for a rolled-back
/// write; each instance's <see cref="ChangeListener"/> receives it on its own connection and hands it to the
/// <see cref="Subscribe">subscribers</see> of its logical channel, on this instance too.
/// </summary>
/// <remarks>
/// <para>One PostgreSQL channel carries every logical channel (<c>"&lt;channel&gt; &lt;payload&gt;"</c>): LISTEN is
/// issued once per connection, so a subscriber that comes late needs no new LISTEN on a connection that is waiting.
/// Database triggers (migration 0031) publish the same way, so writes by the CLI or an import are heard too.</para>
/// <para>Payloads are small (ids, a township code): PostgreSQL refuses a notification of 8000 bytes or more.</para>
/// <para>While the listener is disconnected, messages are lost: <see cref="Listening"/> is false, and when it is back,
/// subscribers of <see cref="Reconnected"/> hear it so they can treat what they keep as stale.</para>
/// </remarks>
public sealed class ChangeBus(ILogger<ChangeBus> logger)
{
    /// <summary>The PostgreSQL channel every instance listens on.</summary>
    public const string PgChannel = "zones_change";

    /// <summary>The largest message (channel, a space, payload) PostgreSQL takes, in UTF-8 bytes.</summary>
    public const int MaxMessageBytes = 7999;

    /// <summary>A local-only channel: the listener connected again after a loss (its payload is empty).</summary>
    public const string Reconnected = "bus.reconnected";

    const string NotifySql = $"SELECT pg_notify('{PgChannel}', $1)";

    readonly Lock _gate = new();
    ImmutableDictionary<string, ImmutableList<Action<string>>> _handlers = ImmutableDictionary<string, ImmutableList<Action<string>>>.Empty;
    volatile bool _listening;

    /// <summary>Whether this instance is listening now; while false, messages from other instances may be missed.</summary>
    public bool Listening => _listening;

    /// <summary>
    /// Sends <paramref name="payload"/> on <paramref name="channel"/> to every instance (this one too): at the commit of
    /// <paramref name="tx"/>, or at once without one. Nothing is sent when the transaction rolls back.
    /// </summary>
    /// <exception cref="ArgumentException">The channel has a space or the message is too long for PostgreSQL.</exception>
    public async Task PublishAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string channel, string payload, CancellationToken ct)
    {
        var message = Message(channel, payload);
        await using var cmd = new NpgsqlCommand(NotifySql, conn, tx);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = message });
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Calls <paramref name="onPayload"/> with each payload published on <paramref name="channel"/> until the result is
    /// disposed. Handlers run on the listener's loop, one message after another: they must be quick and not block.
    /// </summary>
    public IDisposable Subscribe(string channel, Action<string> onPayload)
    {
        lock (_gate)
            _handlers = _handlers.SetItem(channel, _handlers.GetValueOrDefault(channel, []).Add(onPayload));
        return new Subscription(() =>
        {
            lock (_gate)
                _handlers = _handlers.SetItem(channel, _handlers.GetValueOrDefault(channel, []).Remove(onPayload));
        });
    }

    /// <summary>The text PostgreSQL carries for (<paramref name="channel"/>, <paramref name="payload"/>).</summary>
    public static string Message(string channel, string payload)
    {
        if (channel.Length == 0 || channel.Contains(' '))
            throw new ArgumentException($"A bus channel is one word: '{channel}'.", nameof(channel));
        var message = $"{channel} {payload}";
        if (Encoding.UTF8.GetByteCount(message) > MaxMessageBytes)
            throw new ArgumentException($"A bus message has at most {MaxMessageBytes} bytes (PostgreSQL's NOTIFY limit); send ids, not rows.", nameof(payload));
        return message;
    }

    /// <summary>Hands a received message to the subscribers of its channel (called by the listener).</summary>
    internal void Deliver(string message)
    {
        var space = message.IndexOf(' ');
        var (channel, payload) = space < 0 ? (message, "") : (message[..space], message[(space + 1)..]);
        if (!_handlers.TryGetValue(channel, out var handlers))
            return;
        foreach (var handler in handlers)
        {
            try
            {
                handler(payload);
            }
            catch (Exception e)
            {
                // One broken subscriber must not keep the others (or the listener) from their messages.
                logger.LogError(e, "A subscriber of bus channel {Channel} failed", channel);
            }
        }
    }

    /// <summary>The listener's state: <paramref name="listening"/> now; after a loss, <see cref="Reconnected"/> is delivered.</summary>
    internal void SetListening(bool listening, bool afterLoss)
    {
        _listening = listening;
        if (listening && afterLoss)
            Deliver(Reconnected);
    }

    sealed class Subscription(Action dispose) : IDisposable
    {
        int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                dispose();
        }
    }
}
