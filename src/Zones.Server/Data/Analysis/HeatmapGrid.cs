namespace Zones.Server.Data.Analysis;

/// <summary>The cell shape of a heat map (PostGIS <c>ST_Hexagon</c> / <c>ST_Square</c>).</summary>
public enum HeatmapGrid
{
    /// <summary>Flat-topped hexagons; the cell size is the edge length (= circumradius), as ST_HexagonGrid takes it.</summary>
    Hexagon,

    /// <summary>Squares; the cell size is the side.</summary>
    Square,
}
