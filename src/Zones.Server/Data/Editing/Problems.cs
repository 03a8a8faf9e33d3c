using System.Text.RegularExpressions;

namespace Zones.Server.Data.Editing;

/// <summary>The errors every writer reports the same way: not found, stale version, bad field values.</summary>
static partial class Problems
{
    public static NotFoundError ZoneNotFound(long id, string? field) =>
        NotFound("在用片区", "live zone", id, field);

    /// <summary>"No live … has id n": the row is missing or retired.</summary>
    public static NotFoundError NotFound(string whatZh, string whatEn, long id, string? field) =>
        new($"找不到编号为 {id} 的{whatZh}（可能不存在或已撤销）。请刷新后重试。" +
            $"No {whatEn} has id {id} (it does not exist or was retired): refresh and try again.", field);

    /// <summary>The row changed since the caller read it.</summary>
    public static VersionConflictError Stale(string whatZh, string whatEn, string name, int current, int sent,
                                             string? field) =>
        new($"{whatZh}“{name}”已被他人修改（当前版本 {current}，你提交的是 {sent}）。请重新加载后再修改。" +
            $"{whatEn} \"{name}\" was changed by someone else (now version {current}, you sent {sent}): reload it and " +
            "apply your edit again.", current, field);

    public static VersionConflictError StaleZone(ZoneRecord zone, int sent, string? field) =>
        Stale("片区", "Zone", zone.Name, zone.Version, sent, field);

    public static InvalidInputError Invalid(string zh, string en, string? field) => new($"{zh}。{en}.", field);

    /// <summary>A blank name, or null when the name is fine (or not given and not required).</summary>
    public static InvalidInputError? Name(string? name, bool required, string? field) =>
        (name is null && !required) || !string.IsNullOrWhiteSpace(name)
            ? null
            : Invalid("名称不能为空", "The name must not be blank", field);

    /// <summary>A zone code that is not 6–18 digits (null: fine or not given).</summary>
    public static InvalidInputError? ZoneCode(string? code, string? field) =>
        code is null || ZoneCodePattern().IsMatch(code)
            ? null
            : Invalid($"片区编码“{code}”必须是 6–18 位数字（区划代码 + 顺序号）",
                      $"The zone code \"{code}\" must be 6-18 digits (division code + sequence number)", field);

    /// <summary>The ids repeat, or fewer than <paramref name="min"/> are given.</summary>
    public static InvalidInputError? DistinctIds(IReadOnlyCollection<long> ids, int min, string? field) =>
        ids.Count < min
            ? Invalid($"至少需要 {min} 个片区", $"At least {min} zones are needed", field)
            : ids.Distinct().Count() != ids.Count ? Invalid("片区编号有重复", "The zone ids repeat", field) : null;

    [GeneratedRegex("^[0-9]{6,18}$")]
    private static partial Regex ZoneCodePattern();
}
