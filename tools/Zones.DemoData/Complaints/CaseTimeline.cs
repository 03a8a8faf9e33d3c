using Zones.DemoData.Core;

namespace Zones.DemoData.Complaints;

/// <summary>
/// Simulates a case through 受理 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案 with the exception
/// branches (回退, 转派, 延期, 挂账/恢复, 作废, 返工), then cuts the history at the reference time:
/// the stage is wherever the case stood then. Most old cases are closed; a heavy tail of slow
/// disposals leaves some open and overdue, and some closed late.
/// </summary>
internal sealed class CaseTimeline(Rng rng, DateTime reference)
{
    private readonly List<CaseEvent> _all = [];

    public CaseOutcome Simulate(DateTime reported, Category cat, string source, CaseActors who)
    {
        _all.Clear();
        Add(reported, "receive", null, "received", who.Receiver, ComplaintText.ReceiveNote(source));
        // Now and then a case waits a working day or more for 核实 before 立案 (or for 签收 after 派遣).
        var registered = rng.Chance(0.02) ? Work(reported, 480, 1440) : Work(reported, 5, 30);
        if (rng.Chance(0.03))
        {
            if (rng.Chance(0.5)) Add(registered, "register", "received", "registered", who.DutyChief, "立案");
            Add(Work(registered, 10, 120), "void", _all[^1].To, "voided", who.DutyChief, rng.Pick(ComplaintText.VoidReasons));
            return Cut(reported, cat);
        }
        Add(registered, "register", "received", "registered", who.DutyChief, "立案");
        var dispatched = Work(registered, 3, 20);
        if (rng.Chance(0.03))
        {
            Add(dispatched, "dispatch", "registered", "dispatched", who.Dispatcher, "派遣至" + who.WrongUnit);
            var back = Work(dispatched, 20, 180);
            Add(back, "return", "dispatched", "registered", who.WrongUnit, "非本单位职责，申请回退");
            dispatched = Work(back, 10, 90);
            Add(dispatched, "dispatch", "registered", "dispatched", who.Dispatcher, "改派至" + who.Unit);
        }
        else if (rng.Chance(0.015))
        {
            Add(dispatched, "dispatch", "registered", "dispatched", who.Dispatcher, "派遣至" + who.WrongUnit);
            dispatched = Work(dispatched, 10, 60);
            Add(dispatched, "transfer", "dispatched", "dispatched", who.Dispatcher, "转派至" + who.Unit);
        }
        else
        {
            Add(dispatched, "dispatch", "registered", "dispatched", who.Dispatcher, "派遣至" + who.Unit);
        }
        var start = rng.Chance(0.02) ? Work(dispatched, 480, 1440) : Work(dispatched, 5, 40);
        Add(start, "dispose", "dispatched", "disposing", who.Unit, "签收并开始处置");
        Dispose(reported, start, cat, who);
        return Cut(reported, cat);
    }

    /// <summary>
    /// Disposal finishes at a share of the time limit counted from the report: under 1 for most cases
    /// (on time), 1–3 for some (late), 4–40 for a few (long overdue; recent ones are still open).
    /// </summary>
    private void Dispose(DateTime reported, DateTime start, Category cat, CaseActors who)
    {
        var x = rng.NextDouble();
        var share = x < 0.83 ? rng.Range(0.15, 0.95) : x < 0.95 ? rng.Range(1.05, 3) : rng.Range(4, 40);
        if (rng.Chance(0.04))
        {
            var at = Later(Work(start, 5, 60), Part(reported, cat, Math.Min(0.6, share / 2)));
            Add(at, "extend", "disposing", "disposing", who.Dispatcher, "同意延期：" + rng.Pick(ComplaintText.ExtendReasons));
            share += 0.8;
            start = at;
        }
        if (rng.Chance(0.025))
        {
            var shelved = Later(Work(start, 30, 240), Part(reported, cat, rng.Range(0.2, 0.8)));
            Add(shelved, "shelve", "disposing", "shelved", who.Dispatcher, "挂账：" + rng.Pick(ComplaintText.ShelveReasons));
            if (rng.Chance(0.5)) return;
            start = Fmt.Sec(shelved.AddDays(rng.Range(3, 25)));
            Add(start, "resume", "shelved", "disposing", who.Dispatcher, "挂账恢复，继续处置");
            reported = start;
            share = rng.Range(0.2, 0.9);
        }
        var done = Later(Work(start, 5, 30), Part(reported, cat, share));
        Add(done, "feedback", "disposing", "feedback", who.Unit, "已处置完毕，上传处置后照片");
        for (var reworks = 0; ; reworks++)
        {
            var checkedAt = Work(done, 30, 480);
            Add(checkedAt, "verify", "feedback", "verifying", who.Inspector, "现场核查");
            if (reworks < 2 && rng.Chance(reworks == 0 ? 0.05 : 0.2))
            {
                var again = Work(checkedAt, 5, 60);
                Add(again, "rework", "verifying", "disposing", who.Inspector, rng.Pick(ComplaintText.ReworkReasons));
                done = Part(again, cat, rng.Range(0.1, 0.6));
                Add(done, "feedback", "disposing", "feedback", who.Unit, "返工完毕，再次反馈");
                continue;
            }
            Add(Work(checkedAt, 10, 180), "close", "verifying", "closed", who.DutyChief, "核查通过，结案");
            return;
        }
    }

    /// <summary>Keeps what happened up to the reference time and derives the case fields from it.</summary>
    private CaseOutcome Cut(DateTime reported, Category cat)
    {
        var outcome = new CaseOutcome();
        foreach (var e in _all)
        {
            if (e.At > reference) break;
            outcome.Events.Add(e);
        }
        var deadline = WorkCalendar.AddLimit(reported, cat.Limit, cat.Unit);
        foreach (var e in outcome.Events)
        {
            switch (e.Action)
            {
                case "extend": deadline = WorkCalendar.AddLimit(deadline, cat.Limit, cat.Unit); outcome.Extensions++; break;
                case "rework": outcome.Reworks++; break;
                case "feedback": outcome.DisposedAt = e.At; break;
                case "close": outcome.ClosedAt = e.At; break;
            }
        }
        outcome.Stage = outcome.Events[^1].To;
        if (outcome.Stage is not ("feedback" or "verifying" or "closed")) outcome.DisposedAt = null;
        outcome.Deadline = Fmt.Sec(deadline);
        return outcome;
    }

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;

    private void Add(DateTime at, string action, string? from, string to, string actor, string? note) =>
        _all.Add(new CaseEvent(Fmt.Sec(at), action, from, to, actor, note));

    private DateTime Work(DateTime t, double minMinutes, double maxMinutes) =>
        Fmt.Sec(WorkCalendar.AddWorkMinutes(t, rng.Range(minMinutes, maxMinutes)));

    /// <summary><paramref name="t"/> plus a share of the category's time limit, in the limit's own unit.</summary>
    private static DateTime Part(DateTime t, Category cat, double share) =>
        Fmt.Sec(WorkCalendar.AddLimit(t, cat.Limit * share, cat.Unit));
}
