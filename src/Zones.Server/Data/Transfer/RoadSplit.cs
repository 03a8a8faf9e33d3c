namespace Zones.Server.Data.Transfer;

/// <summary>How many segments one imported line became when it was split at its junctions (issue #11 §5).</summary>
/// <param name="Row">The line's row (see <see cref="ImportProblem.Row"/>).</param>
/// <param name="Code">The line's code as the file gave it; its pieces are <c>CODE</c>, <c>CODE-2</c> ….</param>
/// <param name="Pieces">1 when the line meets no other in its interior.</param>
public sealed record RoadSplit(int Row, string Code, int Pieces);
