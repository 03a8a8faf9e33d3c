using System.Text.Json;
using System.Text.RegularExpressions;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// 部件 import: identifier, kind (a label such as 旱厕 also sets the subtype), subtype, class code
/// (GB/T 30428; defaults from the kind), name, status, maintaining and owning unit (code or name),
/// road segment code, install date, kind-specific attributes as a JSON object; a point.
/// </summary>
/// <remarks>Key: the identifier, retired assets included (as the database's unique index).</remarks>
sealed partial class AssetImport() : TargetImport(TransferTarget.Assets, Shape.Point, "identifier", "import_asset", "zones.asset")
{
    static readonly Dictionary<string, string> DefaultClassCode = new()
    {
        ["toilet"] = "0301", ["garbage_room"] = "0304", ["bin"] = "0305", ["collection_point"] = "0315",
        ["transfer_station"] = "0316", ["streetlight"] = "0118", ["landscape_light"] = "0120",
    };

    public override object?[]? Stage(RowReader r)
    {
        var identifier = r.Matching("identifier", Identifier(), "4–32 位字母、数字或“-”", "4 to 32 letters, digits or '-'", required: true);
        var kind = r.Entry("kind", CodeLists.AssetKind, required: true);
        var subtype = Subtype(r, kind);
        var classCode = r.Matching("class_code", ClassCode(), "4 位数字（大类+小类，如 0305）", "4 digits (class + subclass, e.g. 0305)")
                        ?? (kind is null ? null : DefaultClassCode[kind.Code]);
        var status = Status(r, kind);
        var attributes = Attributes(r);
        var values = new object?[]
        {
            r.Row, identifier, kind?.Code, subtype, classCode, r.Text("name"), status, r.Text("maintainer"),
            r.Text("owner"), r.Text("road_code"), r.Date("install_date"), attributes, GeometryOf(r),
        };
        return r.Rejected ? null : values;
    }

    /// <summary>The subtype column, else the one the kind's label implies; toilets only flush / dry / mobile.</summary>
    static string? Subtype(RowReader r, CodeEntry? kind)
    {
        var text = r.Text("subtype");
        var subtype = text is null ? kind?.Subtype : CodeLists.Subtype.Find(text)?.Code ?? text;
        if (text is not null && kind?.Subtype is { } implied && subtype != implied)
            r.Reject("subtype", text, "INVALID_VALUE", $"子类型“{text}”与类型“{kind.Label}”矛盾",
                     $"the subtype \"{text}\" contradicts the kind \"{kind.Label}\" ({implied})");
        else if (kind?.Code == "toilet" && subtype is not null && !CodeLists.ToiletSubtypes.Contains(subtype))
            r.Reject("subtype", text, "INVALID_VALUE", $"公厕的子类型只能是 水冲 flush、旱厕 dry、移动 mobile，不能是“{text}”",
                     $"a toilet's subtype is flush, dry or mobile, not \"{text}\"");
        return subtype;
    }

    /// <summary>The status, good when blank; 不亮 (unlit) only for lights, as the database requires.</summary>
    static string? Status(RowReader r, CodeEntry? kind)
    {
        var status = r.Code("status", CodeLists.AssetStatus) ?? "good";
        if (status == "unlit" && kind is not null && kind.Code is not ("streetlight" or "landscape_light"))
            r.Reject("status", r.Text("status"), "INVALID_VALUE", $"只有路灯、景观灯可以是“不亮”，{kind.Label}不行",
                     $"only lights can be unlit, not a {kind.Code}");
        return status;
    }

    /// <summary>The attributes object as JSON text; <c>pole_height_m</c>, when given, a number from 2 to 30.</summary>
    static string? Attributes(RowReader r)
    {
        if (r.JsonObject("attributes") is not { } attributes)
            return null;
        if (attributes.TryGetProperty("pole_height_m", out var height) &&
            !(height.ValueKind == JsonValueKind.Number && height.GetDouble() is >= 2 and <= 30))
            r.Reject("attributes", attributes.GetRawText(), "OUT_OF_RANGE", "杆高 pole_height_m 应为 2 到 30 之间的数字（米）",
                     "pole_height_m must be a number of metres from 2 to 30");
        return attributes.GetRawText();
    }

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map) =>
        await sql.ExecAsync(InsertSql, townshipCode) + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);

    [GeneratedRegex("^[0-9A-Za-z-]{4,32}$")]
    private static partial Regex Identifier();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex ClassCode();
}
