namespace Zones.Server.Data.Transfer;

/// <summary>
/// 包联 import, the 包联表 as township offices keep it: 包联对象 (a zone, road segment, asset or shop
/// by code or name; 对象类型 narrows it), 责任人 (a person by code or name; 责任单位 tells two people
/// of one name apart) or, without a person, 责任单位 as the owner (unit by code or name), 角色
/// (领导 / 部门 / 责任单位 / 网格员 / 干部 / 村干部, or the code; default 干部 for a person, 责任单位
/// for a unit), 主责 (是 / 否, 主责 / 协助; default 是), 开始日期, 结束日期, 备注.
/// </summary>
/// <remarks>
/// Key: target + owner + role + 开始日期 (the China date the assignment starts). Without a 开始日期 the
/// key is the target, owner and role's current assignment, and a new one starts now. What an
/// existing assignment can change: 主责, 结束日期 (a blank 结束日期 never reopens an ended one) and 备注.
/// A new primary owner hands over: the target's primary owner before it ends when the new one
/// starts (as assignOwner does), instead of violating the one-primary-at-a-time constraint.
/// </remarks>
sealed partial class AssignmentImport() : TargetImport(TransferTarget.Assignments, Shape.None, "target", "import_assignment", "zones.assignment")
{
    public override bool KeyUniqueInFile => false;

    public override object?[]? Stage(RowReader r)
    {
        var kind = r.Code("target_kind", CodeLists.TargetKind);
        var target = r.Required("target");
        var (person, unit) = (r.Text("person"), r.Text("unit"));
        if (person is null && unit is null)
            r.Reject("person", null, "REQUIRED", "责任人和责任单位至少填一项", "give the owner: a person (责任人) or a unit (责任单位)");
        var role = r.Code("role", CodeLists.AssignmentRole) ?? (person is null ? "responsible_unit" : "cadre");
        var primary = (r.Code("is_primary", CodeLists.Primary) ?? "true") == "true";
        var (from, to) = (r.Date("valid_from"), r.Date("valid_to"));
        if (from is { } f && to is { } t && t <= f)
            r.Reject("valid_to", r.Text("valid_to"), "INVALID_VALUE", "结束日期必须晚于开始日期", "valid_to must be after valid_from");
        // The resolved target, owner and effective start are filled by ResolveSql.
        return r.Rejected ? null : [r.Row, kind, target, person, unit, role, primary, from, to, r.Text("note"),
                                    null, null, null, null, null, null, null];
    }

    public override string StageSql => $"""
        CREATE TEMP TABLE import_assignment (row integer, target_kind text, target text, person text, unit text, role text,
          is_primary boolean, valid_from date, valid_to date, note text,
          kind text, target_id bigint, target_code text, person_id bigint, unit_id bigint, owner_code text,
          start timestamptz) ON COMMIT DROP;
        CREATE TEMP TABLE import_target_ref (kind_given text, ref text, kind text, id bigint, code text, matches integer,
          candidates text) ON COMMIT DROP;
        CREATE TEMP TABLE import_person_ref (ref text, unit text, id bigint, code text, matches integer, candidates text) ON COMMIT DROP;
        {ImportRefs.UnitRefTableSql};
        """;

    public override string MatchSql => """
        SELECT s.row, concat_ws(' · ', s.kind || ' ' || s.target_code, s.owner_code, s.role, coalesce(s.valid_from::text, '当前 current')),
               a.id
        FROM import_assignment s
        LEFT JOIN LATERAL (
          SELECT a.id FROM zones.assignment a
          WHERE a.township_code = $1 AND a.target_kind = s.kind AND a.target_id = s.target_id AND a.role = s.role
            AND (a.person_id = s.person_id OR a.unit_id = s.unit_id)
            AND CASE WHEN s.valid_from IS NULL THEN a.valid_to IS NULL OR a.valid_to > now()
                     ELSE (a.valid_from AT TIME ZONE 'Asia/Shanghai')::date = s.valid_from END
          ORDER BY a.valid_from DESC LIMIT 1) a ON true
        """;

    // The key fields never differ for an existing row (they found it); they show what an added row brings.
    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("target", "s.kind || ' ' || s.target_code", "s.kind || ' ' || s.target_code", null, Always: true),
        new("person", "s.owner_code", "s.owner_code", null, Always: true),
        new("role", "s.role", "s.role", null, Always: true),
        new("valid_from", "(e.valid_from AT TIME ZONE 'Asia/Shanghai')::date", "(s.start AT TIME ZONE 'Asia/Shanghai')::date",
            null, Always: true),
        new("is_primary", "e.is_primary", "s.is_primary", "is_primary = s.is_primary"),
        new("valid_to", "(e.valid_to AT TIME ZONE 'Asia/Shanghai')::date",
            "coalesce(s.valid_to, (e.valid_to AT TIME ZONE 'Asia/Shanghai')::date)",
            "valid_to = coalesce(s.valid_to::timestamp AT TIME ZONE 'Asia/Shanghai', t.valid_to)"),
        new("note", "e.note", "s.note", "note = s.note"),
    ];

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map)
    {
        await sql.ExecAsync(HandoverSql, townshipCode);
        var changed = await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
        return changed + await sql.ExecAsync(InsertSql, townshipCode);
    }
}
