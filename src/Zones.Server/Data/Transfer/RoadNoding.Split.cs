namespace Zones.Server.Data.Transfer;

// What the pieces of road_piece become: rows of the import's staging table, and the split of live
// roads that new lines cross in their interior. $1 is the township code.
static partial class RoadNoding
{
    /// <summary>
    /// Replaces every staged line of <paramref name="table"/> (constant name; columns <c>row</c>,
    /// <c>code</c>, <c>geom</c> and whatever else the target stages) by its pieces: same row number and
    /// values, the piece's code and geometry. The checks and writes that follow see segments only,
    /// so a piece code that is taken is reported like any other duplicate code.
    /// </summary>
    public static string[] RewriteStageSql(string table) =>
    [
        $"""
        CREATE TEMP TABLE road_stage_piece ON COMMIT DROP AS
        SELECT s.*, {PieceCodeSql} AS piece_code, p.geom AS piece_geom
        FROM {table} s JOIN road_piece p ON p.kind = 'new' AND p.key = s.row
        """,
        "UPDATE road_stage_piece SET code = piece_code, geom = piece_geom",
        "ALTER TABLE road_stage_piece DROP COLUMN piece_code, DROP COLUMN piece_geom",
        $"DELETE FROM {table}",
        $"INSERT INTO {table} SELECT * FROM road_stage_piece",
    ];

    /// <summary>
    /// Splits the live roads new lines cross in their interior (run after the new pieces are written,
    /// so their codes are taken): the road keeps its id, code and 包联 for its first piece; every
    /// further piece becomes a road with the same name, class and attributes, the first free code
    /// <c>CODE-k</c> (k from 2), a copy of the road's open 包联, and the assets of the road nearest to it.
    /// Leaves <c>road_split (road_id, piece, geom, code, new_id)</c>.
    /// </summary>
    public static readonly string[] SplitOldSql =
    [
        """
        CREATE TEMP TABLE road_split ON COMMIT DROP AS
        SELECT p.key AS road_id, p.piece, p.geom, CASE WHEN p.piece = 1 THEN p.code END AS code,
               CASE WHEN p.piece = 1 THEN p.key END AS new_id
        FROM road_piece p
        WHERE p.kind = 'old' AND EXISTS (SELECT 1 FROM road_piece q WHERE q.kind = 'old' AND q.key = p.key AND q.piece = 2)
        """,
        """
        UPDATE road_split s SET code = f.code
        FROM (SELECT o.road_id, o.piece, c.code
              FROM road_split o JOIN zones.road r ON r.id = o.road_id
              CROSS JOIN LATERAL (SELECT r.code || '-' || k AS code FROM generate_series(2, 100000) k
                                  WHERE NOT EXISTS (SELECT 1 FROM zones.road x WHERE x.township_code = $1 AND x.code = r.code || '-' || k)
                                  ORDER BY k OFFSET o.piece - 2 LIMIT 1) c
              WHERE o.piece > 1) f
        WHERE s.road_id = f.road_id AND s.piece = f.piece
        """,
        """
        UPDATE zones.road r SET geom = s.geom, version = r.version + 1, updated_at = now()
        FROM road_split s WHERE s.road_id = r.id AND s.piece = 1
        """,
        """
        INSERT INTO zones.road (township_code, code, name, class, geom, attributes)
        SELECT r.township_code, s.code, r.name, r.class, s.geom, r.attributes
        FROM road_split s JOIN zones.road r ON r.id = s.road_id WHERE s.piece > 1 ORDER BY s.road_id, s.piece
        """,
        """
        UPDATE road_split s SET new_id = r.id FROM zones.road r WHERE s.piece > 1 AND r.township_code = $1 AND r.code = s.code
        """,
        // 包联 open now (or from a later date) carries over: each piece has the owners the road had.
        """
        INSERT INTO zones.assignment (township_code, target_kind, road_id, person_id, unit_id, role, is_primary, valid_from, valid_to, note)
        SELECT a.township_code, 'road', s.new_id, a.person_id, a.unit_id, a.role, a.is_primary, a.valid_from, a.valid_to, a.note
        FROM road_split s JOIN zones.assignment a ON a.road_id = s.road_id AND (a.valid_to IS NULL OR a.valid_to > now())
        WHERE s.piece > 1
        """,
        """
        UPDATE zones.asset a SET road_id = n.new_id, version = a.version + 1, updated_at = now()
        FROM (SELECT a2.id, (SELECT s.new_id FROM road_split s WHERE s.road_id = a2.road_id
                             ORDER BY s.geom <-> a2.geom LIMIT 1) AS new_id
              FROM zones.asset a2 WHERE a2.road_id IN (SELECT road_id FROM road_split)) n
        WHERE a.id = n.id AND a.road_id <> n.new_id
        """,
    ];
}
