namespace Zones.Server.Data.Transfer;

/// <summary>
/// Collects the problems and warnings of one import while it runs, then builds the
/// <see cref="ImportReport"/>. Every problem is kept; warnings are capped per code, since a
/// file of 100 000 points outside China needs one line saying so, not 100 000.
/// </summary>
sealed class ImportLog
{
    const int MaxWarningsPerCode = 50;

    readonly List<ImportProblem> _problems = [];
    readonly List<ImportProblem> _warnings = [];
    readonly HashSet<int> _rejectedRows = [];
    readonly Dictionary<string, int> _warningCounts = [];

    public TransferFormat? Format { get; set; }
    public string? Crs { get; set; }
    public string? Encoding { get; set; }

    /// <summary>Where <see cref="Crs"/> came from: <c>file</c>, <c>declared</c>, <c>guessed</c> or <c>default</c> (WGS84).</summary>
    public string? CrsSource { get; set; }

    /// <summary>True once anything was rejected: nothing may be written.</summary>
    public bool HasProblems => _problems.Count > 0;

    public List<RoadSplit> Segments { get; } = [];

    public List<TopologyFinding> Topology { get; } = [];

    public List<AreaChange> AreaChanges { get; } = [];

    public int RejectedRows => _rejectedRows.Count;

    public bool IsRejected(int row) => _rejectedRows.Contains(row);

    readonly List<ImportChange> _changes = [];

    /// <summary>What the import does with one accepted row.</summary>
    public void Change(ImportChange change) => _changes.Add(change);

    /// <summary>A row as people find it: "第 3 行" / "row 3" in a CSV, "第 3 个要素" / "features[3]" in GeoJSON.</summary>
    public (string Zh, string En) RowName(int row) =>
        Format switch
        {
            TransferFormat.GeoJson => ($"第 {row} 个要素", $"features[{row}]"),
            TransferFormat.Shapefile or TransferFormat.GeoPackage => ($"第 {row} 个要素", $"feature {row}"),
            _ => ($"第 {row} 行", $"row {row}"),
        };

    /// <summary>Rejects a row (or the file, when <paramref name="row"/> is null).</summary>
    public void Reject(int? row, string? field, string? value, string code, string message, string messageEn)
    {
        _problems.Add(new ImportProblem(row, field, value, code, message, messageEn));
        if (row is { } r)
            _rejectedRows.Add(r);
    }

    /// <summary>A problem with the file as a whole (no row).</summary>
    public void RejectFile(string code, string message, string messageEn) =>
        Reject(null, null, null, code, message, messageEn);

    public void Warn(int? row, string? field, string? value, string code, string message, string messageEn)
    {
        var seen = _warningCounts[code] = _warningCounts.GetValueOrDefault(code) + 1;
        if (seen <= MaxWarningsPerCode)
            _warnings.Add(new ImportProblem(row, field, value, code, message, messageEn));
    }

    public ImportReport Build(ImportRequest request, int read, int written)
    {
        var problems = _problems.OrderBy(p => p.Row ?? -1).ToList();   // OrderBy is stable: field order kept
        var warnings = _warnings.OrderBy(p => p.Row ?? -1).ToList();
        foreach (var (code, count) in _warningCounts.Where(c => c.Value > MaxWarningsPerCode))
            warnings.Add(new ImportProblem(null, null, null, code,
                $"另有 {count - MaxWarningsPerCode} 条同类警告（{code}）未列出",
                $"{count - MaxWarningsPerCode} more warnings of this kind ({code}) are not listed"));
        // When the file as a whole was rejected, no row was accepted, whatever its own checks said.
        var accepted = problems.Exists(p => p.Row is null) ? 0 : read - RejectedRows;
        return new ImportReport(request.Target, request.TownshipCode, Format, Crs, Encoding, request.DryRun,
                                read, accepted, RejectedRows, written, problems, warnings)
        {
            Mode = request.Mode,
            Added = _changes.Count(c => c.Action == "add"),
            Changed = _changes.Count(c => c.Action == "change"),
            Unchanged = _changes.Count(c => c.Action == "same"),
            Changes = problems.Count == 0 ? _changes : [],
            Segments = Segments, Topology = Topology, AreaChanges = AreaChanges,
        };
    }
}
