namespace Zones.Server.Data.Transfer;

/// <summary>
/// Messages for what the database checks find (<see cref="TargetImport.ChecksSql"/>'s <c>problem</c>
/// column). <c>{field}</c> is the column as the file names it, <c>{value}</c> the value, <c>{detail}</c>
/// what the check adds (a count, a level).
/// </summary>
static class CheckMessages
{
    static readonly Dictionary<string, (string Code, string Zh, string En)> _messages = new()
    {
        ["duplicate"] = ("DUPLICATE", "{field}“{value}”在本乡镇已存在", "{field} \"{value}\" already exists in this township"),
        ["piece_code_taken"] = ("DUPLICATE", "路段在交叉口拆分后的编码“{value}”与文件中的另一条路段重复，请给其中一条换个编码",
                                "the code \"{value}\" of a segment split at a junction is also the code of another line of the file; recode one of them"),
        ["code_not_derived"] = ("REQUIRED", "未填编码，且上级“{detail}”下的序号已用完，请填写编码",
                                "no code given, and the serials under the parent \"{detail}\" are used up; give a code"),
        ["unit_not_found"] = ("NOT_FOUND", "本乡镇没有编码或名称为“{value}”的单位",
                              "no unit of this township has the code or name \"{value}\""),
        ["unit_ambiguous"] = ("AMBIGUOUS", "本乡镇有 {detail} 个单位名为“{value}”，请改填单位编码",
                              "{detail} units of this township are named \"{value}\"; give the unit's code instead"),
        ["road_not_found"] = ("NOT_FOUND", "本乡镇没有编码为“{value}”的路段", "no road segment of this township has the code \"{value}\""),
        ["parent_not_found"] = ("NOT_FOUND", "上级片区“{value}”在本乡镇和本文件中都不存在",
                                "the parent zone \"{value}\" is neither in this township nor in the file"),
        ["parent_level"] = ("INVALID_PARENT", "上级片区“{value}”的层级是 {detail}，不高于本片区",
                            "the parent zone \"{value}\" is at level {detail}, not above this zone"),
        ["category_not_found"] = ("NOT_FOUND", "没有代码或名称为“{value}”的案件类别",
                                  "no complaint category has the code or name \"{value}\""),
        ["category_ambiguous"] = ("AMBIGUOUS", "类别“{value}”在部件和事件中都有，请填写案件类型（部件/事件）",
                                  "the category \"{value}\" exists as a component and as an event; give category_kind"),
        ["category_mismatch"] = ("INVALID_VALUE", "案卷号“{value}”中的类别与“类别”列（{detail}）不一致",
                                 "the case number \"{value}\" does not match the category column ({detail})"),
        ["not_found_for_update"] = ("NOT_FOUND", "{field}“{value}”在本乡镇不存在：更新（update）只修改已有的行，要同时新增请用“新增或更新”（upsert）",
                                    "{field} \"{value}\" does not exist in this township: update only changes existing rows; use upsert to add new ones too"),
        ["version_conflict"] = ("VERSION_CONFLICT", "片区“{value}”在导出后已被修改（{detail}）：请重新导出，再改后导入",
                                "the zone \"{value}\" was changed after the export ({detail}): export again, edit and import"),
        ["named_unit_ambiguous"] = ("AMBIGUOUS", "本乡镇有多个单位名为“{value}”：{detail}；请改填单位编码",
                                    "more than one unit of this township is named \"{value}\": {detail}; give the unit's code instead"),
        ["person_not_found"] = ("NOT_FOUND", "本乡镇没有编码或姓名为“{value}”的人员{detail}",
                                "no person of this township has the code or name \"{value}\"{detail}"),
        ["person_ambiguous"] = ("AMBIGUOUS", "本乡镇有多人名为“{value}”：{detail}；请改填人员编码，或在责任单位列写明单位",
                                "more than one person of this township is named \"{value}\": {detail}; give the person's code, or their unit"),
        ["target_not_found"] = ("NOT_FOUND", "本乡镇没有编码或名称为“{value}”的{detail}",
                                "nothing of this township ({detail}) has the code or name \"{value}\""),
        ["target_ambiguous"] = ("AMBIGUOUS", "“{value}”指向多个对象：{detail}；请改填编码，或填写对象类型",
                                "\"{value}\" names more than one target: {detail}; give the code, or the target kind"),
        ["primary_later"] = ("CONSTRAINT_VIOLATION", "“{value}”在本行开始日期之后已有主责（{detail}）：同一对象同一时间只能有一个主责",
                             "\"{value}\" has a primary owner from a later date ({detail}): a target has one primary owner at a time"),
        ["primary_twice"] = ("CONSTRAINT_VIOLATION", "文件中“{value}”有多个主责同时有效（与{detail}重叠）：请把其余的改为协助，或错开日期",
                             "the file gives \"{value}\" more than one primary owner at once (overlapping {detail}): make the others assisting or stagger the dates"),
        ["duplicate_in_file"] = ("DUPLICATE_IN_FILE", "与{detail}重复：{field}“{value}”", "duplicates {detail}: {field} \"{value}\""),
        ["own_parent"] = ("INVALID_PARENT", "单位不能是自己的上级", "a unit cannot be its own parent"),
        ["asset_not_found"] = ("NOT_FOUND", "本乡镇没有编码为“{value}”的部件", "no asset of this township has the identifier \"{value}\""),
    };

    /// <summary>Logs one clash as a rejected row.</summary>
    public static void Log(ImportSql.Clash clash, FieldMap map, ImportLog log)
    {
        // The database words this one itself (zones.township_misfit): Chinese, a newline, English.
        if (clash.Problem == "outside_township" && clash.Detail?.Split('\n', 2) is [var misfitZh, var misfitEn])
        {
            log.Reject(clash.Row, map.Header(clash.Field), clash.Value, "OUTSIDE_TOWNSHIP", misfitZh, misfitEn);
            return;
        }
        var (code, zh, en) = _messages.TryGetValue(clash.Problem, out var m)
            ? m
            : ("REJECTED", "数据库拒绝了此行：{detail}", "the database rejected this row: {detail}");
        // A level in a message reads as the clerk knows it: "村 village".
        var detail = clash.Problem == "parent_level" && clash.Detail is { } level
            ? $"{CodeLists.ZoneLevel.Label(level)} {level}"
            : clash.Detail;
        string Fill(string template) => template.Replace("{field}", map.Header(clash.Field))
            .Replace("{value}", clash.Value).Replace("{detail}", detail);
        log.Reject(clash.Row, map.Header(clash.Field), clash.Value, code, Fill(zh), Fill(en));
    }
}
