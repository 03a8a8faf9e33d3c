using NetTopologySuite.Geometries;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// What one target (zones, roads, assets, complaints) adds to the shared import steps: how a row is
/// checked in memory and staged, and the SQL that resolves references, finds what clashes with the
/// database, and writes. Staging tables are temporary (dropped at commit or rollback); their names
/// and every identifier in the SQL are constants.
/// </summary>
/// <param name="keyField">The field whose values must be unique within the file.</param>
/// <param name="stageTable">The staging table <see cref="StageSql"/> creates (a constant).</param>
/// <param name="table">The table written (<c>zones.zone</c>); the existing row is <c>e</c> in <see cref="Comparisons"/>.</param>
abstract partial class TargetImport(TransferTarget target, Shape shape, string keyField, string stageTable, string table)
{
    public TransferTarget Target => target;

    public Shape Shape => shape;

    public string KeyField => keyField;

    /// <summary>CREATE TEMP TABLE … ON COMMIT DROP (no parameters); the staging table comes first.</summary>
    public abstract string StageSql { get; }

    /// <summary>Binary COPY of whole staged rows: <see cref="Stage"/> gives every column, in the table's order.</summary>
    public string CopySql => $"COPY {stageTable} FROM STDIN (FORMAT binary)";

    /// <summary>Statements run after COPY (<c>$1</c> = township code): ANALYZE, then filling resolved ids.</summary>
    public abstract string[] ResolveSql { get; }

    /// <summary>
    /// Geometry work on the staged rows after <see cref="ResolveSql"/> and before the checks (road
    /// noding, sibling topology and snapping, derived codes); what it finds goes to the report.
    /// </summary>
    public virtual Task PrepareAsync(ImportSql sql, ImportRequest request, ImportLog log) => Task.CompletedTask;

    /// <summary>
    /// One SELECT (<c>$1</c> = township code) returning what clashes with the database:
    /// <c>row int, field text, value text, problem text, detail text</c>; see <see cref="CheckMessages"/>.
    /// </summary>
    public abstract string ChecksSql { get; }

    /// <summary>
    /// Checks one row in memory; returns a value for every column of the staging table, in order
    /// ([0] the row number), or null when the row was rejected.
    /// </summary>
    public abstract object?[]? Stage(RowReader row);

    /// <summary>
    /// Writes the staged rows by their action in <c>import_match</c> (see <see cref="MatchSql"/>): inserts
    /// the <c>add</c> rows, updates the <c>change</c> rows (only the fields of <see cref="Sets"/>);
    /// returns how many rows were written.
    /// </summary>
    public abstract Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map);

    public IReadOnlyList<FieldSpec> Fields => TransferFields.For(Target);

    /// <summary>
    /// For <see cref="ChecksSql"/>: the staged rows of <paramref name="table"/> whose geometry lies
    /// outside the township, by the database's own rule and words (migration 0009:
    /// <c>zones.lies_in_township</c>, <c>zones.township_misfit</c>); <paramref name="what"/> is the
    /// table written (<c>asset</c>), <paramref name="where"/> narrows the rows checked.
    /// </summary>
    protected static string OutsideTownshipSql(string table, string what, string where = "true") => $"""
        SELECT s.row, 'geometry', NULL, 'outside_township', m.zh || E'\n' || m.en FROM {table} s
        CROSS JOIN LATERAL zones.township_misfit('{what}', $1, s.geom) m
        WHERE {where} AND NOT zones.lies_in_township($1, s.geom)
        """;

    /// <summary>The row's geometry as EWKB for the staging table; null (and the row rejected) when it is unusable.</summary>
    protected Geometry? GeometryOf(RowReader r) => r.Geometry(Shape) is { } g ? StorageGeometry.WithStorageSrid(g) : null;

    public static TargetImport For(TransferTarget target) => target switch
    {
        TransferTarget.Zones => new ZoneImport(),
        TransferTarget.Roads => new RoadImport(),
        TransferTarget.Assets => new AssetImport(),
        TransferTarget.BuiltUpAreas => new BuiltUpAreaImport(),
        TransferTarget.Units => new UnitImport(),
        TransferTarget.People => new PersonImport(),
        TransferTarget.Assignments => new AssignmentImport(),
        TransferTarget.Shops => new ShopImport(),
        TransferTarget.Places => new PlaceImport(),
        _ => new ComplaintImport(),
    };
}
