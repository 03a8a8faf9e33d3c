using System.Text.RegularExpressions;
using Npgsql;
using Zones.Server.Data.Ownership;

namespace Zones.Server.Data.Editing;

/// <summary>A value that must be unique (a zone or road code, an asset identifier) is taken.</summary>
/// <param name="Field">The input field, e.g. <c>code</c>, <c>identifier</c>.</param>
/// <param name="Value">The value sent, when the writer knows which one it was.</param>
public sealed record DuplicateError(string Message, string Field, string? Value)
    : UserError("DUPLICATE", Message, Field)
{
    static readonly Dictionary<string, string> Labels = new() { ["code"] = "编码", ["identifier"] = "部件标识码" };

    internal static DuplicateError Of(string field, string? value)
    {
        var (zh, en) = value is null ? ("", "") : ($"“{value}”", $" \"{value}\"");
        return new($"{Labels.GetValueOrDefault(field, field)}{zh}已被本乡镇的其他记录使用。请换一个。" +
                   $"The {field}{en} is already used by another record of the township: choose another.", field, value);
    }
}

/// <summary>The database refused the row by a CHECK constraint; <see cref="Constraint"/> names it, the message says what to fix.</summary>
public sealed record ConstraintViolationError(string Message, string Constraint, string? Field = null)
    : UserError("CONSTRAINT_VIOLATION", Message, Field);

/// <summary>
/// Turns the refusals of the database's constraints and triggers into typed errors. Writers check the
/// common mistakes first with precise messages; this is the net under races and rarer rules.
/// </summary>
static partial class DbErrors
{
    // Unique indexes → the input field they guard.
    static readonly Dictionary<string, string> UniqueFields = new()
    {
        ["zone_code_live_key"] = "code", ["road_code_key"] = "code", ["asset_identifier_key"] = "identifier",
    };

    // CHECK constraints → what to fix (Chinese, English). Unnamed checks get PostgreSQL's generated names.
    static readonly Dictionary<string, (string Zh, string En)> Fixes = new()
    {
        ["asset_check"] = ("状态“不亮”(unlit) 只适用于路灯和景观灯，请换一个状态", "only streetlights and landscape lights can be unlit: choose another status"),
        ["asset_check1"] = ("公厕的子类型只能是 flush（水冲）、dry（旱厕）或 mobile（移动）", "a toilet's subtype must be flush, dry or mobile"),
        ["asset_attributes_check1"] = ("attributes.pole_height_m 必须是 2 到 30 之间的数字（米）", "attributes.pole_height_m must be a number from 2 to 30 (metres)"),
        ["asset_identifier_check"] = ("部件标识码只能由 4–32 位字母、数字或“-”组成", "the identifier must be 4-32 letters, digits or '-'"),
        ["asset_class_code_check"] = ("分类代码必须是 4 位数字（大类 2 位 + 小类 2 位），如 0305", "the class code must be 4 digits (major + minor), e.g. 0305"),
        ["zone_code_check"] = ("片区编码必须是 6–18 位数字", "a zone code must be 6-18 digits"),
        ["zone_geom_check"] = ("片区边界必须是非空的有效面", "a zone boundary must be a valid, non-empty area"),
        ["road_geom_check"] = ("路段必须是至少有 2 个不同点的有效线", "a road must be a valid line with at least 2 distinct points"),
        ["assignment_check3"] = ("结束时间必须晚于开始时间", "the end must come after the start"),
    };

    /// <summary>
    /// The typed error for a constraint violation or a refusal of migration 0009's triggers (a row
    /// outside the actor's scope, a geometry outside its township), or null for anything else
    /// (which stays an exception). The triggers' messages already say what and how to fix it.
    /// </summary>
    public static UserError? Translate(PostgresException e) => e.SqlState switch
    {
        WriteScope.OutsideScope => new ForbiddenError(e.MessageText),
        WriteScope.OutsideTownship => new InvalidInputError(e.MessageText),
        PostgresErrorCodes.UniqueViolation when UniqueFields.TryGetValue(TableConstraint(e.ConstraintName), out var field) =>
            DuplicateError.Of(field, null),
        PostgresErrorCodes.CheckViolation when e.ConstraintName is { } name => Check(name),
        PostgresErrorCodes.ForeignKeyViolation =>
            new NotFoundError($"引用的记录不存在（约束 {e.ConstraintName}）。请检查所填的编号。" +
                              $"A referenced row does not exist (constraint {e.ConstraintName}): check the ids you sent."),
        PostgresErrorCodes.ExclusionViolation => OwnershipConflictError.Of([]),
        _ => null,
    };

    /// <summary>
    /// The constraint's name on the table: a partition's copy of a unique index is named after it
    /// and the township (asset_identifier_key_330522125000, migration 0025).
    /// </summary>
    static string TableConstraint(string? name) => PartitionSuffix().Replace(name ?? "", "");

    [GeneratedRegex("_([0-9]{12}|default|installation)$")]
    private static partial Regex PartitionSuffix();

    /// <summary>A <see cref="DuplicateError"/> told which value the writer sent; other errors pass through.</summary>
    public static UserError WithValue(UserError error, string? value) =>
        error is DuplicateError d && value is not null ? DuplicateError.Of(d.Field!, value) : error;

    static ConstraintViolationError Check(string name)
    {
        var (zh, en) = Fixes.TryGetValue(name, out var fix)
            ? fix
            : name.EndsWith("_name_check") || name.EndsWith("_code_check")
                ? ("名称和编码不能为空", "names and codes must not be blank")
                : ("请检查输入的取值", "check the values you sent");
        return new($"数据不符合规则 {name}：{zh}。The data breaks rule {name}: {en}.", name);
    }
}
