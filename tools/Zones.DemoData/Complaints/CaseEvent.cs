namespace Zones.DemoData.Complaints;

/// <summary>One step of a case (complaint_events.csv row without the case number).</summary>
internal readonly record struct CaseEvent(DateTime At, string Action, string? From, string To, string Actor, string? Note);

/// <summary>Who acts on a case: people of 城管办 by name, the disposing unit by its name.</summary>
internal sealed record CaseActors(string Receiver, string DutyChief, string Dispatcher, string Inspector, string Unit, string WrongUnit);

/// <summary>The state of a case at the reference time.</summary>
internal sealed class CaseOutcome
{
    public List<CaseEvent> Events { get; } = [];
    public string Stage { get; set; } = "received";
    public DateTime Deadline { get; set; }
    public DateTime? DisposedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int Reworks { get; set; }
    public int Extensions { get; set; }
}
