using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zones.Server.Data.Notifications;

/// <summary>
/// Sends due webhook deliveries: POSTs the stored JSON with an HMAC-SHA256 signature of the body
/// (<c>X-Zones-Signature-256: sha256=&lt;hex&gt;</c>, keyed with the webhook's secret, as GitHub signs),
/// marks a 2xx delivered, and otherwise schedules the next attempt with exponential backoff until the
/// attempts run out. Short timeouts; no redirects; every connection passes <see cref="WebhookAddressPolicy"/>.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    const int Batch = 20;
    const int MaxResponseChars = 1000;

    readonly WebhookStore _store;
    readonly NotifyOptions _options;
    readonly HttpClient _http;
    readonly ILogger<WebhookSender> _log;

    public WebhookSender(WebhookStore store, NotifyOptions options, WebhookAddressPolicy policy, ILogger<WebhookSender> log)
    {
        (_store, _options, _log) = (store, options, log);
        var timeout = TimeSpan.FromSeconds(options.WebhookTimeoutSeconds);
        _http = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = policy.ConnectAsync, AllowAutoRedirect = false, UseProxy = false, ConnectTimeout = timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        }) { Timeout = timeout };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Zones-Webhook/1.0");
    }

    // Long enough for one POST to end: a claimed delivery is not claimed again before its lease runs out.
    TimeSpan Lease => TimeSpan.FromSeconds(_options.WebhookTimeoutSeconds + 30);

    /// <summary>Sends the deliveries due at <paramref name="at"/> (only <paramref name="only"/> when given); returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(DateTimeOffset at, CancellationToken ct, long? only = null)
    {
        var claimed = await _store.ClaimAsync(at, Batch, only, Lease, ct);
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = ct },
                                    async (d, token) => await SendAsync(d, at, token));
        return claimed.Count;
    }

    async Task SendAsync(ClaimedDelivery d, DateTimeOffset at, CancellationToken ct)
    {
        var (status, response, error) = await PostAsync(d, ct);
        var ok = status is >= 200 and < 300;
        var giveUp = !ok && (d.Attempt >= _options.WebhookMaxAttempts || d.Kind == NotificationKinds.Test);
        var outcome = ok ? DeliveryStatus.Delivered : giveUp ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        var next = outcome == DeliveryStatus.Pending ? at + _options.BackoffAfter(d.Attempt) : at;
        if (!ok)
            _log.LogInformation("Webhook delivery {Township}/{Id} attempt {Attempt} failed ({Status} {Error}); {Outcome}",
                                d.TownshipCode, d.Id, d.Attempt, status, error, outcome);
        await _store.CompleteAsync(d, outcome, next, status, response, error, at, ct);
    }

    async Task<(int? Status, string? Response, string? Error)> PostAsync(ClaimedDelivery d, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, d.Url) { Content = new StringContent(d.Payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Zones-Event", d.Kind);
        request.Headers.Add("X-Zones-Delivery", $"{d.TownshipCode}-{d.Id.ToString(CultureInfo.InvariantCulture)}");
        request.Headers.Add("X-Zones-Signature-256", Signature(d.Secret, d.Payload));
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            return ((int)response.StatusCode, body.Length > MaxResponseChars ? body[..MaxResponseChars] : body, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            return (null, null, e is TaskCanceledException ? $"timeout after {_options.WebhookTimeoutSeconds} s" : Message(e));
        }
    }

    /// <summary><c>sha256=</c> and the lowercase hex HMAC-SHA256 of the UTF-8 body, keyed with the UTF-8 secret.</summary>
    public static string Signature(string secret, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    static string Message(Exception e) => e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message;

    public void Dispose() => _http.Dispose();
}
