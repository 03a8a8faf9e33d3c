namespace Zones.Server.Data.Transfer;

/// <summary>
/// What an import does with rows whose key (code, identifier; see each target) the township
/// already has: <see cref="Insert"/> refuses them (DUPLICATE), <see cref="Update"/> changes them
/// and refuses new keys, <see cref="Upsert"/> does both. Rows equal to the database are left alone
/// in every mode ("same": no write, no audit row).
/// </summary>
public enum ImportMode
{
    /// <summary>新增: only new keys; an existing one rejects the row (DUPLICATE).</summary>
    Insert,
    /// <summary>更新: only existing keys; an unknown one rejects the row (NOT_FOUND).</summary>
    Update,
    /// <summary>新增或更新: new keys are added, existing ones changed.</summary>
    Upsert,
}

/// <summary>Names of <see cref="ImportMode"/> as people type them (<c>--mode upsert</c>, 新增, 更新).</summary>
public static class ImportModes
{
    static readonly Dictionary<string, ImportMode> _names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["insert"] = ImportMode.Insert, ["新增"] = ImportMode.Insert,
        ["update"] = ImportMode.Update, ["更新"] = ImportMode.Update,
        ["upsert"] = ImportMode.Upsert, ["新增或更新"] = ImportMode.Upsert,
    };

    /// <summary>insert / update / upsert (any case, or 新增 / 更新 / 新增或更新); null when unknown.</summary>
    public static ImportMode? Parse(string text) => _names.TryGetValue(text.Trim(), out var mode) ? mode : null;
}

/// <summary>One field of a row that an import adds or changes: the value in the database and in the file (as text).</summary>
/// <param name="Field">The column as the file names it (<c>名称</c>), our name when the file has no such column.</param>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>What an import does (or, in a dry run, would do) with one accepted row.</summary>
/// <param name="Row">As in <see cref="ImportProblem.Row"/>.</param>
/// <param name="Key">The row's key as the file gives it (a code, an identifier; for 包联 target · owner · role · from).</param>
/// <param name="Action"><c>add</c>, <c>change</c> or <c>same</c> (left alone).</param>
/// <param name="Fields">add: the values written; change: the fields that differ; same: none.</param>
public sealed record ImportChange(int Row, string Key, string Action, IReadOnlyList<FieldChange> Fields);
