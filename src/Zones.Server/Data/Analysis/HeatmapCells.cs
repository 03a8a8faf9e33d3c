namespace Zones.Server.Data.Analysis;

/// <summary>The cells of one heat map with the totals a legend needs.</summary>
/// <param name="Total">Complaints matching the filters (counted apart from the cells: every one lies in exactly one cell).</param>
/// <param name="Srid">The metric frame the grid was laid out in (zones.township_metric_srid, CONTRACT12 §1).</param>
public sealed record HeatmapCells(int Total, int Srid, IReadOnlyList<HeatmapCell> Cells)
{
    // Computed once: every cell's intensity reads MaxWeight, and a county map has ~10,000 cells (a scan per
    // cell made the default map's cells take seconds).
    public int MaxCount { get; } = Cells.Count == 0 ? 0 : Cells.Max(c => c.Count);

    public double MaxWeight { get; } = Cells.Count == 0 ? 0 : Cells.Max(c => c.Weight);

    /// <summary>weight / maxWeight, in 0..1 (0 when the map is empty).</summary>
    public double Intensity(HeatmapCell cell) => MaxWeight > 0 ? cell.Weight / MaxWeight : 0;
}
