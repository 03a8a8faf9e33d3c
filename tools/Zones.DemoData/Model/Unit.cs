namespace Zones.DemoData.Model;

/// <summary>部门, 村委会, 企业, 物业: kind is one of the schema's unit kinds.</summary>
public sealed record Unit(string Code, string Name, string Kind, string? Phone, string? ParentCode);
