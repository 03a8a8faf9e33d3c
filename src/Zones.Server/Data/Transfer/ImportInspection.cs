namespace Zones.Server.Data.Transfer;

/// <summary>What the import wizard asks before an import: which file, and how to read it.</summary>
/// <param name="Content">The file as uploaded.</param>
/// <param name="FileName">Its name, for messages only: the format is told from the bytes.</param>
/// <param name="Target">What it would be imported as; null shows no mapping and no fields.</param>
public sealed record InspectRequest(ReadOnlyMemory<byte> Content, string? FileName = null, TransferTarget? Target = null)
{
    public string? Crs { get; init; }
    public string? Encoding { get; init; }
    public string? Layer { get; init; }

    /// <summary>The township it would go to: plain Gauss–Krüger eastings are read in that township's zone.</summary>
    public string? TownshipCode { get; init; }
}

/// <summary>One of our fields of a target, as the wizard lists it.</summary>
public sealed record ImportField(string Name, string Label, bool Required);

/// <summary>Our field and the file's column it would be read from.</summary>
public sealed record ColumnMapping(string Field, string Column);

/// <summary>
/// A file as the importer would read it, without writing or checking rows: its format, CRS (and
/// where that came from), encoding, layers, columns with the first ten rows, and, for a target,
/// which column each of our fields would come from. Problems say why it could not be read, and
/// carry the reader's warnings (a guessed CRS, blank rows above the header).
/// </summary>
public sealed record ImportInspection(
    TransferFormat? Format, string? Crs, string? CrsSource, string? Encoding,
    IReadOnlyList<string> Layers, string? Layer, IReadOnlyList<string> Columns, int Rows,
    IReadOnlyList<IReadOnlyList<string?>> Preview, IReadOnlyList<ColumnMapping> Mapping,
    IReadOnlyList<ImportField> Fields, IReadOnlyList<ImportProblem> Problems);
