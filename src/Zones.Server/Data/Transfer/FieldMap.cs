using System.Text.RegularExpressions;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Which column of the file holds each of our fields. An explicit mapping wins; otherwise the first
/// of the field's <see cref="FieldSpec.ImportHeaders"/> found in the header, compared ignoring case,
/// blanks and a unit in brackets (<c>经度(°)</c>, <c>X坐标（m）</c>).
/// </summary>
sealed partial class FieldMap
{
    readonly Dictionary<string, int> _column = [];
    readonly IReadOnlyList<string> _columns;

    FieldMap(IReadOnlyList<string> columns) => _columns = columns;

    /// <summary>The column index of a field, or null when the file has no such column.</summary>
    public int? Column(string field) => _column.TryGetValue(field, out var c) ? c : null;

    public bool Has(string field) => _column.ContainsKey(field);

    /// <summary>The field's column as the file names it, for messages; our name when unmapped.</summary>
    public string Header(string field) => Column(field) is { } c ? _columns[c] : field;

    /// <summary>The map, or null after logging why the mapping cannot be used.</summary>
    public static FieldMap? Resolve(IReadOnlyList<FieldSpec> fields, IReadOnlyList<string> columns,
                                    IReadOnlyDictionary<string, string>? mapping, ImportLog log)
    {
        var map = new FieldMap(columns);
        var importable = fields.Where(f => !f.ExportOnly).ToList();
        if (!map.ApplyExplicit(importable, mapping, log))
            return null;
        foreach (var field in importable.Where(f => !map.Has(f.Name)))
            if (map.FindColumn(field) is { } column)
                map._column[field.Name] = column;
        map.WarnUnused(fields, log);
        return map;
    }

    bool ApplyExplicit(List<FieldSpec> fields, IReadOnlyDictionary<string, string>? mapping, ImportLog log)
    {
        var ok = true;
        foreach (var (key, header) in mapping ?? new Dictionary<string, string>())
        {
            var field = fields.FirstOrDefault(f => Same(f.Name, key) || f.Aliases.Any(a => System.Text.Ascii.IsValid(a) && Same(a, key)));
            var column = IndexOf(header, exact: true) ?? IndexOf(header, exact: false);
            ok &= field is not null && column is not null;
            if (field is null)
                log.RejectFile("UNKNOWN_FIELD", $"映射中的字段“{key}”不存在；可用字段：{Names(fields)}",
                               $"the mapping names an unknown field \"{key}\"; fields: {Names(fields)}");
            else if (column is null)
                log.RejectFile("UNKNOWN_COLUMN", $"映射 {key}={header}：文件中没有“{header}”列；文件的列：{string.Join("、", _columns)}",
                               $"mapping {key}={header}: the file has no column \"{header}\"; its columns: {string.Join(", ", _columns)}");
            else
                _column[field.Name] = column.Value;
        }
        return ok;
    }

    int? FindColumn(FieldSpec field)
    {
        foreach (var header in field.ImportHeaders)
            if (IndexOf(header, exact: false) is { } c && !_column.ContainsValue(c))
                return c;
        return null;
    }

    int? IndexOf(string header, bool exact)
    {
        for (var i = 0; i < _columns.Count; i++)
            if (exact ? _columns[i] == header.Trim() : Same(_columns[i], header))
                return i;
        return null;
    }

    void WarnUnused(IReadOnlyList<FieldSpec> fields, ImportLog log)
    {
        var unused = _columns.Where((c, i) => c.Length > 0 && !_column.ContainsValue(i) &&
                                              !fields.Any(f => f.ExportOnly && f.ImportHeaders.Any(h => Same(h, c))))
                             .ToList();
        if (unused.Count > 0)
            log.Warn(null, null, null, "IGNORED_COLUMNS", $"以下列未导入：{string.Join("、", unused)}（可用 --map 指定）",
                     $"these columns were not imported: {string.Join(", ", unused)} (map them with --map / mapping)");
    }

    static string Names(IEnumerable<FieldSpec> fields) => string.Join(", ", fields.Select(f => f.Name));

    static bool Same(string a, string b) => string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    static string Normalize(string header) => Unit().Replace(header, "").Replace(" ", "").Replace("　", "").Trim();

    // A trailing unit or note in ASCII or full-width brackets: 经度(°), X坐标（m）, 属性(JSON).
    [GeneratedRegex(@"\s*[(（][^()（）]*[)）]\s*$")]
    private static partial Regex Unit();
}
