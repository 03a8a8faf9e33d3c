using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Analysis;

/// <summary>One non-empty heat map cell: how many complaints, their summed weight, and the cell in WGS84.</summary>
/// <param name="I">Column of the cell in the metric grid (ST_Hexagon / ST_Square cell_i).</param>
/// <param name="J">Row of the cell (cell_j).</param>
public sealed record HeatmapCell(int I, int J, int Count, double Weight, Geometry Geometry);
