namespace Zones.DemoData.Model;

/// <summary>干部 or staff member; every person belongs to a unit.</summary>
public sealed record Person(string Code, string Name, string Title, string Phone, string UnitCode);
