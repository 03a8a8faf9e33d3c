namespace Zones.Server.Data.Analysis;

/// <summary>The cells of one heat map with the totals a legend needs.</summary>
/// <param name="Total">Complaints matching the filters (counted apart from the cells: every one lies in exactly one cell).</param>
/// <param name="Srid">The Gauss–Krüger CRS the grid was laid out in.</param>
public sealed record HeatmapCells(int Total, int Srid, IReadOnlyList<HeatmapCell> Cells)
{
    public int MaxCount => Cells.Count == 0 ? 0 : Cells.Max(c => c.Count);

    public double MaxWeight => Cells.Count == 0 ? 0 : Cells.Max(c => c.Weight);

    /// <summary>weight / maxWeight, in 0..1 (0 when the map is empty).</summary>
    public double Intensity(HeatmapCell cell) => MaxWeight > 0 ? cell.Weight / MaxWeight : 0;
}
