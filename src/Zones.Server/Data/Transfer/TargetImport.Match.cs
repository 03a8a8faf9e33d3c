namespace Zones.Server.Data.Transfer;

// The maintaining half of a target (issue #11 §4): which existing row each staged row is, how the
// two compare field by field, and which columns an UPDATE sets. The SQL is built from constants
// (our field names and the targets' expressions), never from the file.
abstract partial class TargetImport
{
    /// <summary>
    /// One field compared between the database and the file, as text: <see cref="Before"/> reads the
    /// existing row (<c>e</c>, and the joins of <see cref="DiffJoins"/>), <see cref="After"/> the staged
    /// row (<c>s</c>); <see cref="Set"/> is its assignment in the target's UPDATE (<c>name = s.name</c>).
    /// A field whose column the file lacks is neither compared nor set (the database keeps its value),
    /// unless <see cref="Always"/> (geometry, fields every row has).
    /// </summary>
    /// <param name="With">Another field whose column also brings this one (a subtype comes with the kind).</param>
    protected sealed record Compared(string Field, string Before, string After, string? Set, bool Always = false, string? With = null);

    /// <summary>Adds list their values for at most this many rows: a file of 100 000 assets needs no 1.3 million-line report.</summary>
    const int AddedRowsDetailed = 1000;

    public string TableName => table;

    public string StageTable => stageTable;

    /// <summary>The fields compared and set, in report order.</summary>
    protected abstract IReadOnlyList<Compared> Comparisons { get; }

    /// <summary>
    /// <c>SELECT row, key text, id bigint</c> for every staged row (<c>$1</c> = township code): the key
    /// as people read it and the id of the existing row it names, null when it names none.
    /// </summary>
    public abstract string MatchSql { get; }

    /// <summary>Joins for <see cref="Compared.Before"/> and <see cref="Compared.After"/> (aliases m, s, e taken).</summary>
    protected virtual string DiffJoins => "";

    /// <summary>Checks that need the match (<c>import_match</c>), in the shape of <see cref="ChecksSql"/>; null for none.</summary>
    public virtual string? MatchChecksSql => null;

    /// <summary>
    /// How a staged row finds its match: by row number, except where one file row stages several rows
    /// (roads split at junctions), which also compare the key.
    /// </summary>
    protected virtual string MatchJoin => "s.row = m.row";

    /// <summary>Whether <see cref="TargetImport.KeyField"/> alone must be unique in the file (not for 包联 and places, whose keys have several parts).</summary>
    public virtual bool KeyUniqueInFile => true;

    /// <summary>The modes this target takes; complaints only insert.</summary>
    public virtual bool Maintains => true;

    protected IEnumerable<Compared> Present(FieldMap map) =>
        Comparisons.Where(c => c.Always || map.Has(c.Field) || c.With is { } with && map.Has(with));

    /// <summary>Sets a geometry column only when it differs beyond the 7 decimals an export writes, so a re-import does not move it by a rounding.</summary>
    protected static string SetGeometry(string column, string value) =>
        $"{column} = CASE WHEN ST_AsText(t.{column}, 7) = ST_AsText({value}, 7) THEN t.{column} ELSE {value} END";

    /// <summary>The SET list of the target's UPDATE: the fields the file has (a no-op when it has none, and then no row changes).</summary>
    protected string Sets(FieldMap map) =>
        Present(map).Where(c => c.Set is not null).Select(c => c.Set) is var sets && sets.Any() ? string.Join(", ", sets) : "id = t.id";

    /// <summary>
    /// <c>row, n, field, before, after</c>: for each changed row the fields that differ, for each added
    /// row (the first <see cref="AddedRowsDetailed"/>) the values it brings.
    /// </summary>
    public string DiffSql(FieldMap map)
    {
        var values = string.Join(",\n    ", Present(map).Select((c, i) =>
            $"({i}, '{c.Field}', ({c.Before})::text, ({c.After})::text)"));
        if (values.Length == 0)
            return "SELECT NULL::integer, NULL, NULL::integer, NULL, NULL, NULL WHERE $1 IS NULL";
        return $"""
            SELECT m.row, m.key, f.n, f.field, f.before, f.after
            FROM import_match m
            JOIN {stageTable} s ON {MatchJoin}
            LEFT JOIN {table} e ON e.id = m.id
            {DiffJoins}
            CROSS JOIN LATERAL (VALUES {values}) f (n, field, before, after)
            WHERE $1 IS NOT NULL AND CASE WHEN m.id IS NULL THEN f.after IS NOT NULL AND m.row <= (
                    SELECT coalesce(max(row), 0) FROM (SELECT row FROM import_match WHERE id IS NULL ORDER BY row LIMIT {AddedRowsDetailed}) a)
                  ELSE f.before IS DISTINCT FROM f.after END
            """;
    }

    /// <summary>Short text of a geometry for the report: WKT to 7 decimals (about 1 cm), as the export writes it.</summary>
    protected static string Wkt(string geometry) => $"ST_AsText({geometry}, 7)";
}
