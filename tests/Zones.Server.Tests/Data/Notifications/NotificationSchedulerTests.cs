using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Notifications;
using Zones.Server.Tests.Data.Complaints;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Data.Complaints.ComplaintKit;

namespace Zones.Server.Tests.Data.Notifications;

/// <summary>
/// Notifications of issue #14 §5 on the test township of <see cref="ComplaintKit"/> (clock: Friday
/// 2026-11-20 17:00 +08:00): the new-case notification written by intake, due soon and overdue computed
/// on the working calendar by the scheduler at chosen moments, once each even with two schedulers at
/// once, and webhooks that retry with backoff until the receiver answers 2xx.
/// </summary>
[Collection(PostgisCollection.Name)]
public class NotificationSchedulerTests(PostgisFixture pg) : ComplaintTownshipTests(pg)
{
    const string Secret = "a-test-secret-of-32-characters!!";
    static readonly TimeSpan China = TimeSpan.FromHours(8);

    NotifyOptions Options => Kit.NotifyOptions;

    WebhookSender Sender() => new(new WebhookStore(Pg.DataSource), Options, new WebhookAddressPolicy(Options), NullLogger<WebhookSender>.Instance);

    NotificationScheduler Scheduler() => new(Pg.DataSource, Kit.Notifications, new CalendarStore(Kit.Options), Sender(), Options);

    Task<int> CountAsync(string kind, long complaintId) =>
        Kit.ScalarAsync<int>($"SELECT count(*)::int FROM zones.notification WHERE complaint_id = {complaintId} AND kind = '{kind}'");

    Task DeadlineAsync(long id, DateTimeOffset deadline) =>
        Kit.ExecuteAsync($"UPDATE zones.complaint SET deadline = '{deadline:O}' WHERE id = {id}");

    async Task<long> WebhookAsync(string url)
    {
        Options.AllowLoopbackWebhooks = true;
        return await Kit.ScalarAsync<long>($"""
            WITH w AS (INSERT INTO zones.webhook (township_code, name, url) VALUES ('{Township}', '镇企业微信', '{url}') RETURNING township_code, id)
            INSERT INTO zones.webhook_secret SELECT township_code, id, '{Secret}' FROM w RETURNING webhook_id
            """);
    }

    static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, China);

    [Fact]
    public async Task A_new_case_notifies_its_responsible_unit_in_the_intake_transaction()
    {
        var c = await Kit.ReportAsync();
        var row = await Kit.ScalarAsync<string>($"SELECT format('%s|%s|%s', kind, person_id, unit_id) FROM zones.notification WHERE complaint_id = {c.Id}");
        Assert.Equal($"new||{VillageUnit}", row);
    }

    [Fact]
    public async Task A_case_dispatched_to_another_owner_notifies_the_new_owner_too()
    {
        var c = await Kit.ReportAsync();
        await Kit.ActAsync(c.Id, Actions.Register);
        await Kit.ActAsync(c.Id, Actions.Dispatch, p: new TransitionParameters(PersonId: SanitationCadre));
        var owners = await Kit.ScalarAsync<string>($"SELECT string_agg(concat_ws('/', person_id, unit_id), ' ' ORDER BY id) FROM zones.notification WHERE complaint_id = {c.Id} AND kind = 'new'");
        Assert.Equal($"{VillageUnit} {SanitationCadre}/{SanitationUnit}", owners);
    }

    [Fact]
    public async Task Due_soon_comes_two_working_hours_before_the_deadline_counted_on_the_working_calendar()
    {
        var c = await Kit.ReportAsync();
        await DeadlineAsync(c.Id, Local(23, 9, 30)); // Monday 09:30: 2 working hours before is Friday 17:00 (Mon 08:30–09:30 + Fri 17:00–18:00)
        await Scheduler().NotifyAsync(Local(20, 16, 50), CancellationToken.None);
        Assert.Equal(0, await CountAsync(NotificationKinds.DueSoon, c.Id));
        await Scheduler().NotifyAsync(Local(20, 17, 10), CancellationToken.None); // 64 clock hours early, 1 h 50 of working time left
        Assert.Equal(1, await CountAsync(NotificationKinds.DueSoon, c.Id));
        await Scheduler().NotifyAsync(Local(21, 10, 0), CancellationToken.None);
        Assert.Equal((1, 0), (await CountAsync(NotificationKinds.DueSoon, c.Id), await CountAsync(NotificationKinds.Overdue, c.Id)));
    }

    [Fact]
    public async Task Overdue_is_notified_once_when_the_deadline_has_passed_and_never_for_a_case_fed_back_in_time()
    {
        await Kit.SetFoldingAsync(enabled: false);  // two reports at one spot would be one case (并案)
        var (late, done) = (await Kit.ReportAsync(), await Kit.ReportAsync());
        await DeadlineAsync(late.Id, Local(23, 9, 30));
        await Kit.ExecuteAsync($"UPDATE zones.complaint SET deadline = '{Local(23, 9, 30):O}', stage = 'feedback', disposed_at = '{Local(23, 9, 0):O}' WHERE id = {done.Id}");
        await Scheduler().NotifyAsync(Local(23, 9, 29), CancellationToken.None);
        Assert.Equal(0, await CountAsync(NotificationKinds.Overdue, late.Id));
        foreach (var hour in new[] { 10, 11 })
            await Scheduler().NotifyAsync(Local(23, hour, 0), CancellationToken.None);
        Assert.Equal((1, 0), (await CountAsync(NotificationKinds.Overdue, late.Id), await CountAsync(NotificationKinds.Overdue, done.Id)));
    }

    [Fact]
    public async Task Two_schedulers_running_at_once_notify_once()
    {
        var c = await Kit.ReportAsync();
        await DeadlineAsync(c.Id, Local(23, 9, 30));
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Scheduler().NotifyAsync(Local(23, 10, 0), CancellationToken.None)));
        Assert.Equal((1, 1), (runs.Sum(r => r.Overdue), await CountAsync(NotificationKinds.Overdue, c.Id)));
    }

    [Fact]
    public async Task A_webhook_gets_the_new_case_and_the_overdue_event_once_each_after_a_500_then_a_200()
    {
        using var receiver = new WebhookReceiver(failFirst: true);
        await WebhookAsync(receiver.Url);
        var c = await Kit.ReportAsync();
        var overdue = c.Deadline!.Value.AddMinutes(1);
        foreach (var at in new[] { Kit.Clock.Now, Kit.Clock.Now.AddSeconds(5), Kit.Clock.Now.AddSeconds(11), overdue, overdue.AddSeconds(11), overdue.AddHours(1) })
            await Scheduler().RunOnceAsync(at, CancellationToken.None);
        Assert.Equal(["new", "overdue"], receiver.Accepted);
        Assert.Equal(4, receiver.Posts.Count);
        Assert.All(receiver.Posts, p => Assert.Equal(WebhookSender.Signature(Secret, p.Body), p.Signature));
        var log = await Kit.ScalarAsync<string>($"SELECT string_agg(concat_ws('/', kind, status, attempts, last_status), ' ' ORDER BY id) FROM zones.webhook_delivery WHERE complaint_id = {c.Id}");
        Assert.Equal("new/delivered/2/200 overdue/delivered/2/200", log);
    }

    [Fact]
    public async Task A_webhook_body_says_what_happened_where_and_who_answers()
    {
        using var receiver = new WebhookReceiver(failFirst: false);
        await WebhookAsync(receiver.Url);
        var c = await Kit.ReportAsync();
        await Sender().SendDueAsync(Kit.Clock.Now, CancellationToken.None);
        var body = JsonDocument.Parse(receiver.Posts.Single().Body).RootElement;
        Assert.Equal(("new", "新案件", c.CaseNumber, "前塘村委会", "测试镇"), (body.GetProperty("event").GetString(), body.GetProperty("eventName").GetString(),
            body.GetProperty("case").GetProperty("caseNumber").GetString(), body.GetProperty("owner").GetProperty("unit").GetString(),
            body.GetProperty("township").GetProperty("name").GetString()));
        Assert.Equal(120.0025, body.GetProperty("case").GetProperty("location").GetProperty("lon").GetDouble(), 6);
        Assert.EndsWith($"/?case={c.Id}", body.GetProperty("link").GetString());
        // The installation-wide id residents and Open311 clients know the case by (zones.public_case_id).
        var publicId = await Kit.ScalarAsync<string>($"SELECT zones.public_case_id(township_code, case_number) FROM zones.complaint WHERE id = {c.Id}");
        Assert.Equal(publicId, body.GetProperty("case").GetProperty("publicId").GetString());
    }

    [Fact]
    public async Task Two_senders_at_once_post_a_delivery_once()
    {
        using var receiver = new WebhookReceiver(failFirst: false);
        await WebhookAsync(receiver.Url);
        await Kit.ReportAsync();
        var sent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Sender().SendDueAsync(Kit.Clock.Now, CancellationToken.None)));
        Assert.Equal((1, 1), (sent.Sum(), receiver.Posts.Count));
    }

    [Fact]
    public async Task A_delivery_is_given_up_after_the_last_attempt()
    {
        using var receiver = new WebhookReceiver(failFirst: true);
        Options.WebhookMaxAttempts = 1;
        await WebhookAsync(receiver.Url);
        await Kit.ReportAsync();
        await Sender().SendDueAsync(Kit.Clock.Now, CancellationToken.None);
        await Sender().SendDueAsync(Kit.Clock.Now.AddHours(1), CancellationToken.None);
        Assert.Equal(("failed/1/500", 1), (await Kit.ScalarAsync<string>($"SELECT concat_ws('/', status, attempts, last_status) FROM zones.webhook_delivery WHERE township_code = '{Township}'"), receiver.Posts.Count));
    }

    [Fact]
    public async Task A_webhook_to_loopback_is_refused_when_loopback_is_not_allowed()
    {
        using var receiver = new WebhookReceiver(failFirst: false);
        await WebhookAsync(receiver.Url);
        Options.AllowLoopbackWebhooks = false;
        await Kit.ReportAsync();
        await Sender().SendDueAsync(Kit.Clock.Now, CancellationToken.None);
        Assert.Empty(receiver.Posts);
        Assert.Contains("loopback", await Kit.ScalarAsync<string>($"SELECT last_error FROM zones.webhook_delivery WHERE township_code = '{Township}'"));
    }
}
