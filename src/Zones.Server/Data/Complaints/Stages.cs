namespace Zones.Server.Data.Complaints;

/// <summary>
/// The stages of a case (<c>zones.complaint.stage</c>): 受理 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案,
/// plus 挂账 and 作废 (shared/DOMAIN.md §1.5). A stage names the step the case has reached.
/// </summary>
public static class Stages
{
    public const string Received = "received";
    public const string Registered = "registered";
    public const string Dispatched = "dispatched";
    public const string Disposing = "disposing";
    public const string Feedback = "feedback";
    /// <summary>核查 passed; the case waits for 结案.</summary>
    public const string Verifying = "verifying";
    public const string Closed = "closed";
    public const string Shelved = "shelved";
    public const string Voided = "voided";

    /// <summary>The main line, in order; <c>return</c> (回退) steps back along it.</summary>
    public static readonly string[] MainLine = [Received, Registered, Dispatched, Disposing, Feedback, Verifying, Closed];

    public static readonly string[] All = [.. MainLine, Shelved, Voided];

    public static string Chinese(string stage) => stage switch
    {
        Received => "受理", Registered => "立案", Dispatched => "派遣", Disposing => "处置",
        Feedback => "反馈", Verifying => "核查", Closed => "结案", Shelved => "挂账", Voided => "作废",
        _ => stage,
    };
}

/// <summary>The actions of the workflow, as <c>complaint_event.action</c> records them.</summary>
public static class Actions
{
    public const string Receive = "receive";
    public const string Register = "register";
    public const string Dispatch = "dispatch";
    public const string Dispose = "dispose";
    public const string Feedback = "feedback";
    /// <summary>核查: passed → <see cref="Stages.Verifying"/>; failed → 返工 (recorded as <see cref="Rework"/>).</summary>
    public const string Verify = "verify";
    public const string Close = "close";
    public const string Return = "return";
    public const string Extend = "extend";
    public const string Shelve = "shelve";
    public const string Resume = "resume";
    public const string Void = "void";
    /// <summary>The event written for a failed 核查: back to the same unit, rework_count + 1.</summary>
    public const string Rework = "rework";
    /// <summary>A further report of the same problem attached to the case (并案, issue #14 §3); the stage stays.</summary>
    public const string Fold = "fold";
    /// <summary>A folded report taken back out as its own case (拆分); the stage stays.</summary>
    public const string Split = "split";

    /// <summary>The actions a caller may ask for (receive and rework are written by the system).</summary>
    public static readonly string[] Requestable =
        [Register, Dispatch, Dispose, Feedback, Verify, Close, Return, Extend, Shelve, Resume, Void];

    // dispose moves a case from 派遣 to 处置: it is the responsible unit's 签收 (DOMAIN.md §1.7 "责任单位签收"),
    // the step that starts 处置 — its name is not the stage's (issue #13).
    public static string Chinese(string action) => action switch
    {
        Receive => "受理", Register => "立案", Dispatch => "派遣", Dispose => "签收", Feedback => "处置反馈",
        Verify => "核查", Close => "结案", Return => "回退", Extend => "延期", Shelve => "挂账",
        Resume => "挂账恢复", Void => "作废", Rework => "返工",
        Fold => "并案", Split => "拆分", _ => action,
    };
}
