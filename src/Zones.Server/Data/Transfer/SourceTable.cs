using NetTopologySuite.Geometries;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// One row of an import file, before any of our rules: its cells in the file's column order and,
/// for GeoJSON, the feature's geometry in the file's CRS.
/// </summary>
/// <param name="Row">Excel row number (CSV) or feature index (GeoJSON); see <see cref="ImportProblem.Row"/>.</param>
/// <param name="Cells">Values by column index (<see cref="SourceTable.Columns"/>); null or missing when absent.</param>
/// <param name="Geometry">The GeoJSON feature's geometry; null for CSV and for <c>"geometry": null</c>.</param>
/// <param name="GeometryError">Why the feature's geometry could not be read, when it could not.</param>
sealed record SourceRow(int Row, string?[] Cells, Geometry? Geometry = null, string? GeometryError = null)
{
    public string? Cell(int column) => column < Cells.Length ? Cells[column] : null;
}

/// <summary>A parsed import file: its format, its columns (CSV header or GeoJSON property names) and rows.</summary>
/// <param name="FileCrs">The CRS a GeoJSON file names in a legacy <c>"crs"</c> member, if any.</param>
sealed record SourceTable(TransferFormat Format, IReadOnlyList<string> Columns, IReadOnlyList<SourceRow> Rows,
                          Crs? FileCrs = null)
{
    /// <summary>Rows in the file, including features rejected before they became rows.</summary>
    public int Read { get; init; } = Rows.Count;

    /// <summary>How <see cref="FileCrs"/> was found: <c>file</c> (.prj, GeoPackage srs, GeoJSON crs) or <c>guessed</c> from the coordinates.</summary>
    public string CrsSource { get; init; } = CrsSources.File;

    /// <summary>The text encoding of the attributes (DBF), when the format has one of its own.</summary>
    public string? Encoding { get; init; }

    /// <summary>The layers (GeoPackage feature tables, workbook sheets) the file holds; the one read is <see cref="Layer"/>.</summary>
    public IReadOnlyList<string> Layers { get; init; } = [];

    /// <summary>The layer read, when the format has layers.</summary>
    public string? Layer { get; init; }
}
