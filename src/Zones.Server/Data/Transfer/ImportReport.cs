namespace Zones.Server.Data.Transfer;

/// <summary>
/// One problem with an imported file: a rejected row (or the whole file, when <see cref="Row"/> is
/// null), or a warning. Messages are Chinese first, for the clerk, then English.
/// </summary>
/// <param name="Row">
/// CSV: the row number Excel shows (the header is row 1, the first data row is row 2).
/// GeoJSON: the index of the feature in <c>features</c> (from 0). Null: the file as a whole.
/// </param>
/// <param name="Field">The column or property as the file names it (<c>类型</c>), when one field is at fault.</param>
/// <param name="Value">The value as written in the file.</param>
/// <param name="Code">Stable code for programs: <c>REQUIRED</c>, <c>INVALID_VALUE</c>, <c>DUPLICATE</c>, <c>NOT_FOUND</c> …</param>
/// <param name="Message">Why, in Chinese.</param>
/// <param name="MessageEn">Why, in English.</param>
public sealed record ImportProblem(int? Row, string? Field, string? Value, string Code, string Message, string MessageEn);

/// <summary>
/// What an import did. All or nothing: <see cref="Written"/> is 0 unless <see cref="Problems"/> is
/// empty and it was not a dry run; then every accepted row was written in one transaction.
/// </summary>
/// <param name="Read">Data rows (or features) in the file; blank CSV rows are not counted.</param>
/// <param name="Accepted">Rows that passed every check.</param>
/// <param name="Rejected">Rows with at least one problem.</param>
/// <param name="Written">Rows written to the database.</param>
/// <param name="Problems">Every problem, in file order; file-wide ones (Row null) first.</param>
/// <param name="Warnings">Things written anyway but worth a look (points outside China, ignored columns).</param>
public sealed record ImportReport(
    TransferTarget Target, string TownshipCode, TransferFormat? Format, string? Crs, string? Encoding, bool DryRun,
    int Read, int Accepted, int Rejected, int Written,
    IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ImportProblem> Warnings)
{
    /// <summary>Roads: how many segments each line became when split at its junctions (issue #11 §5).</summary>
    public IReadOnlyList<RoadSplit> Segments { get; init; } = [];

    /// <summary>Zones: slivers, overlaps and gaps between siblings (issue #11 §2).</summary>
    public IReadOnlyList<TopologyFinding> Topology { get; init; } = [];

    /// <summary>Zones imported with a snap tolerance: the area of every polygon snapping changed.</summary>
    public IReadOnlyList<AreaChange> AreaChanges { get; init; } = [];

    /// <summary>True when nothing was rejected (and so, unless a dry run, everything was written).</summary>
    public bool Succeeded => Problems.Count == 0;

    public ImportMode Mode { get; init; }

    /// <summary>Rows that are (or, in a dry run or when rows were rejected, would be) added.</summary>
    public int Added { get; init; }

    /// <summary>Rows that change an existing row.</summary>
    public int Changed { get; init; }

    /// <summary>Rows equal to the database: not written.</summary>
    public int Unchanged { get; init; }

    /// <summary>Per accepted row, what the import does with it, field by field; empty when the database never saw the rows.</summary>
    public IReadOnlyList<ImportChange> Changes { get; init; } = [];
}
