using Npgsql;
using Zones.Server.Data.Complaints;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Rules;

/// <summary>A township's own row for a category: its name, group and time limit.</summary>
/// <param name="Name">Null: the shipped name (required for a code that has no shipped row).</param>
public sealed record CategoryInput(string TownshipCode, string Kind, string Code, string? Name, string? GroupName, TimeLimit Limit);

/// <summary>The category in force after the change (null when a reset leaves none), or the errors.</summary>
public sealed record CategoryPayload(ComplaintCategory? Category, IReadOnlyList<UserError> Errors) : IPayload
{
    internal static CategoryPayload Fail(UserError error) => new(null, [error]);
}

/// <summary>
/// Complaint categories per township (issue #11 §8): a township overrides a shipped category by a
/// row of its own (<c>zones.complaint_category</c>, township_code set), which <c>zones.category_of</c>
/// prefers; a reset deletes that row. Intake reads the category when a case comes in, so a new
/// limit applies to new cases; the deadlines of cases already open stay as they were set.
/// </summary>
public sealed class CategoryEditor(NpgsqlDataSource db, CategoryStore categories)
{
    /// <summary>
    /// The longest limit, as about a year in each unit: 365 days or 8,760 hours of the clock, 250
    /// working days (the working days of a year) or 2,000 working hours (250 × 8). A limit longer than
    /// a year is a typing slip (365 in the wrong unit), not a time limit.
    /// </summary>
    static readonly Dictionary<string, decimal> Longest = new()
    {
        [TimeUnits.Days] = 365, [TimeUnits.Hours] = 8760, [TimeUnits.WorkDays] = 250, [TimeUnits.WorkHours] = 2000,
    };

    const string ShippedSql = "SELECT name, group_name, asset_kind FROM zones.complaint_category WHERE township_code IS NULL AND kind = $1 AND code = $2";

    const string UpsertSql = """
        INSERT INTO zones.complaint_category (township_code, kind, code, name, group_name, asset_kind, time_limit, time_unit)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (township_code, kind, code) DO UPDATE
        SET name = EXCLUDED.name, group_name = EXCLUDED.group_name, time_limit = EXCLUDED.time_limit, time_unit = EXCLUDED.time_unit
        """;

    const string DeleteSql = "DELETE FROM zones.complaint_category WHERE township_code = $1 AND kind = $2 AND code = $3";

    public Task<CategoryPayload> SetAsync(Actor actor, CategoryInput input, CancellationToken ct) =>
        db.WriteAsync(actor, Validate(input), async tx =>
        {
            if (await TownshipCheck.RefuseAsync(tx, input.TownshipCode, ct) is { } refused)
                return CategoryPayload.Fail(refused);
            var shipped = await tx.FirstAsync(ShippedSql, [P(input.Kind), P(input.Code)], r => (Name: r.GetString(0), Group: r.GetString(1), Asset: r.Text(2)), ct);
            if (shipped.Name is null && (string.IsNullOrWhiteSpace(input.Name) || string.IsNullOrWhiteSpace(input.GroupName)))
                return CategoryPayload.Fail(Problems.Invalid($"类别 {input.Kind} {input.Code} 不是系统自带的类别：新类别须填写名称和大类名称",
                    $"{input.Kind} {input.Code} is not a shipped category: a new one needs a name and a groupName", "name"));
            await tx.ExecuteAsync(UpsertSql, [P(input.TownshipCode), P(input.Kind), P(input.Code), P(input.Name ?? shipped.Name!),
                P(input.GroupName ?? shipped.Group!), P(shipped.Asset), P(input.Limit.Amount), P(input.Limit.Unit)], ct);
            return new CategoryPayload(await InForceAsync(tx, input.TownshipCode, input.Kind, input.Code, ct), []);
        }, CategoryPayload.Fail, ct);

    /// <summary>Deletes the township's own row: the shipped category applies again (none, for a code the township added).</summary>
    public Task<CategoryPayload> ResetAsync(Actor actor, string townshipCode, string kind, string code, CancellationToken ct) =>
        db.WriteAsync(actor, async tx =>
        {
            if (await TownshipCheck.RefuseAsync(tx, townshipCode, ct) is { } refused)
                return CategoryPayload.Fail(refused);
            if (await tx.ExecuteAsync(DeleteSql, [P(townshipCode), P(kind), P(code)], ct) == 0)
                return CategoryPayload.Fail(new NotFoundError($"乡镇 {townshipCode} 没有自己设定的类别 {kind} {code}，无需恢复。" +
                    $"Township {townshipCode} has no override of {kind} {code} to reset.", "code"));
            return new CategoryPayload(await InForceAsync(tx, townshipCode, kind, code, ct), []);
        }, CategoryPayload.Fail, ct);

    async Task<ComplaintCategory?> InForceAsync(NpgsqlTransaction tx, string township, string kind, string code, CancellationToken ct) =>
        (await categories.InForceAsync(tx.Connection!, tx, township, ct)).FirstOrDefault(c => c.Kind == kind && c.Code == code);

    static InvalidInputError? Validate(CategoryInput input) =>
        input.Kind is not (ComplaintCategory.Component or ComplaintCategory.Event)
            ? Problems.Invalid($"类别种类“{input.Kind}”无效，应为 component（部件）或 event（事件）", $"kind \"{input.Kind}\" must be component or event", "kind")
        : !System.Text.RegularExpressions.Regex.IsMatch(input.Code, "^[0-9]{4}$")
            ? Problems.Invalid($"类别代码“{input.Code}”应为 4 位数字，如 0305", $"The category code \"{input.Code}\" must be 4 digits, e.g. 0305", "code")
        : input.Limit.Amount <= 0
            ? Problems.Invalid("时限必须大于 0", "The time limit must be more than 0", "timeLimit")
        : input.Limit.Amount > Longest[input.Limit.Unit]
            ? Problems.Invalid($"时限 {input.Limit.ToChinese()} 超过一年（最多 {new TimeLimit(Longest[input.Limit.Unit], input.Limit.Unit).ToChinese()}）",
                               $"The time limit {input.Limit.ToEnglish()} is longer than a year (at most {new TimeLimit(Longest[input.Limit.Unit], input.Limit.Unit).ToEnglish()})", "timeLimit")
        : input.Name is not null && string.IsNullOrWhiteSpace(input.Name) ? Problems.Invalid("名称不能为空", "The name must not be blank", "name")
        : null;
}
