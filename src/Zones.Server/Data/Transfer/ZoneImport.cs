using System.Text.RegularExpressions;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// 片区 import: code, name, level, optional parent code (a zone of the township or of the same
/// file) and status; Polygon or MultiPolygon geometry, stored as MultiPolygon. Parents are written
/// before children, level by level, so a whole tree imports from one file.
/// </summary>
/// <remarks>
/// Key: the code of a live zone. Updates go through the ordinary UPDATE, so the zone's history
/// keeps the old version and the audit log names the importer. A file with a version column (an
/// export has one) must carry each zone's current version: an older one is VERSION_CONFLICT.
/// </remarks>
sealed partial class ZoneImport() : TargetImport(TransferTarget.Zones, Shape.Polygon, "code", "import_zone", "zones.zone")
{
    static readonly string[] Levels = ["county", "township", "area", "village", "group"];

    public override object?[]? Stage(RowReader r)
    {
        var code = r.Matching("code", ZoneCode(), "6–18 位数字（区划代码加序号）", "6 to 18 digits (division code + sequence)");
        var name = r.Required("name");
        var level = r.Code("level", CodeLists.ZoneLevel, required: true);
        var parent = r.Text("parent_code");
        if (code is null && parent is null && !r.Rejected)
            r.Reject("code", null, "REQUIRED", "编码和上级编码至少填一个：没有编码的片区按上级的区划代码编号",
                     "give a code or a parent code: a zone without a code is numbered under its parent's division code");
        var status = r.Code("status", CodeLists.ZoneStatus) ?? "published";
        var version = r.Number("version") is { } v ? (int?)(int)v : null;
        if (version is < 1 || r.Number("version") is { } n && n != Math.Floor(n))
            r.Reject("version", r.Text("version"), "INVALID_VALUE", "版本应为正整数", "version must be a positive whole number");
        if (parent is not null && parent == code)
            r.Reject("parent_code", parent, "INVALID_PARENT", "上级编码不能是片区自己的编码", "a zone cannot be its own parent");
        var geometry = GeometryOf(r);
        return r.Rejected ? null : [r.Row, code, name, level, parent, status, version, geometry];
    }

    // Codes first (the findings name them), then the sibling topology, before the checks see the rows.
    public override async Task PrepareAsync(ImportSql sql, ImportRequest request, ImportLog log)
    {
        await ZoneCodes.DeriveAsync(sql, request.TownshipCode, log);
        await SiblingTopology.RunAsync(sql, request.TownshipCode, SiblingTopology.ZoneSiblingsSql, SiblingTopology.ZoneWriteBackSql,
                                       request.SnapToleranceM, log);
    }

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map)
    {
        var written = 0;
        foreach (var level in Levels)
            written += await sql.ExecAsync(InsertLevelSql, townshipCode, level);
        return written + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
    }

    [GeneratedRegex("^[0-9]{6,18}$")]
    private static partial Regex ZoneCode();
}
