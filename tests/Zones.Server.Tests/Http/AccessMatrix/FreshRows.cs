using System.Globalization;
using Npgsql;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>A square of the fresh-row grid, in WGS84 degrees.</summary>
public readonly record struct Cell(double X0, double Y0, double X1, double Y1)
{
    public LonLat Centre => new((X0 + X1) / 2, (Y0 + Y1) / 2);

    public string Polygon => Box(X0, X1);

    /// <summary>The western half: a boundary the cell's zone can shrink to.</summary>
    public string WestHalf => Box(X0, Centre.Lon);

    /// <summary>A north–south line through the middle, reaching past both edges: a blade that splits the cell.</summary>
    public string Blade => Invariant($"LINESTRING({Centre.Lon} {Y0 - (Y1 - Y0)},{Centre.Lon} {Y1 + (Y1 - Y0)})");

    /// <summary>The south-west to north-east diagonal: a road inside the cell.</summary>
    public string Diagonal => Invariant($"LINESTRING({X0} {Y0},{X1} {Y1})");

    string Box(double x0, double x1) => Invariant($"POLYGON(({x0} {Y0},{x1} {Y0},{x1} {Y1},{x0} {Y1},{x0} {Y0}))");

    static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A fresh zone and the cell it covers.</summary>
public readonly record struct FreshZone(long Id, Cell Cell);

/// <summary>
/// Fresh targets for the writes that consume them, inserted by SQL (no actor: the scope triggers let
/// plain SQL write anything, as the demo loader does): each in its own cell of the township's
/// <see cref="MatrixTownship.Grid"/>, with codes no other row has, so no write trips over another's.
/// </summary>
public sealed partial class FreshRows(NpgsqlDataSource db)
{
    public const double CellSize = 0.0002;
    public const int Columns = 40, Rows = 10;

    readonly Dictionary<string, int> _cells = [];
    int _serial;

    /// <summary>A number no earlier call returned: codes, identifiers and case numbers are made from it.</summary>
    public int Serial() => Interlocked.Increment(ref _serial);

    /// <summary>The next unused cell of the township's grid.</summary>
    public Cell NextCell(MatrixTownship t)
    {
        var n = _cells.GetValueOrDefault(t.Code);
        _cells[t.Code] = n + 1;
        Assert.True(n < Columns * Rows, $"the grid of {t} is full");
        var (x0, y0) = (t.Grid.Lon + n % Columns * CellSize, t.Grid.Lat + n / Columns * CellSize);
        return new(x0, y0, x0 + CellSize, y0 + CellSize);
    }

    /// <summary>The centre of a fresh cell as WKT.</summary>
    public string Point(MatrixTownship t) => $"POINT({NextCell(t).Centre})";

    /// <summary>A zone code under the township's boundary zone that neither the demo nor an earlier call uses.</summary>
    public string ZoneCode(MatrixTownship t) => $"{t.Code}{900000 + Serial()}";

    const string ZoneSql = """
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, geom)
        VALUES ($1, $2, 'area', $3, '矩阵片区' || $3, ST_Multi(ST_MakeEnvelope($4, $5, $6, $7, 4326))) RETURNING id
        """;

    /// <summary>A published area zone (version 1) under the township's boundary zone, in a cell of its own.</summary>
    public async Task<FreshZone> ZoneAsync(MatrixTownship t)
    {
        var c = NextCell(t);
        return new(await IdAsync(ZoneSql, P(t.Code), P(t.BoundaryZoneId), P(ZoneCode(t)), P(c.X0), P(c.Y0), P(c.X1), P(c.Y1)), c);
    }

    const string AssetSql = """
        INSERT INTO zones.asset (township_code, kind, class_code, identifier, geom)
        VALUES ($1, 'bin', '0305', $2, ST_SetSRID(ST_MakePoint($3, $4), 4326)) RETURNING id
        """;

    /// <summary>A bin (version 1) with <paramref name="identifier"/> at a fresh point.</summary>
    public Task<long> AssetAsync(MatrixTownship t, string identifier)
    {
        var at = NextCell(t).Centre;
        return IdAsync(AssetSql, P(t.Code), P(identifier), P(at.Lon), P(at.Lat));
    }

    const string RoadSql = """
        INSERT INTO zones.road (township_code, code, name, class, geom)
        VALUES ($1, $2, '矩阵路', 'branch', ST_MakeLine(ST_SetSRID(ST_MakePoint($3, $4), 4326), ST_SetSRID(ST_MakePoint($5, $6), 4326)))
        RETURNING id
        """;

    /// <summary>A road segment (version 1) with <paramref name="code"/> across a fresh cell.</summary>
    public Task<long> RoadAsync(MatrixTownship t, string code)
    {
        var c = NextCell(t);
        return IdAsync(RoadSql, P(t.Code), P(code), P(c.X0), P(c.Y0), P(c.X1), P(c.Y1));
    }

    const string AssignmentSql = """
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, valid_from)
        VALUES ($1, 'zone', $2, $3, 'responsible_unit', now() - interval '1 day') RETURNING id
        """;

    /// <summary>An active assignment of the township's unit to a fresh zone.</summary>
    public async Task<long> AssignmentAsync(MatrixTownship t) =>
        await IdAsync(AssignmentSql, P(t.Code), P((await ZoneAsync(t)).Id), P(t.UnitId));

    const string ComplaintSql = """
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description,
                                     responsible_person_id, responsible_unit_id, stage, reported_at, deadline)
        VALUES ($1, $2, ST_SetSRID(ST_MakePoint($3, $4), 4326), 'event', '0102', 'citizen', '矩阵测试案卷',
                $5, $6, 'dispatched', now() - interval '1 hour', now() + interval '3 days')
        RETURNING id
        """;

    /// <summary>A dispatched case at the township's case spot, handled by <paramref name="person"/> and <paramref name="unit"/>.</summary>
    public Task<long> ComplaintAsync(MatrixTownship t, long? person, long? unit) =>
        IdAsync(ComplaintSql, P(t.Code), P($"E010220990101{Serial():D6}"), P(t.ComplaintAt.Lon), P(t.ComplaintAt.Lat), P(person), P(unit));

    const string UserSql = """
        INSERT INTO zones.app_user (township_code, username, display_name, role, password_hash, disabled_at)
        VALUES ($1, $2, '矩阵用户', 'viewer', 'not-a-hash', CASE WHEN $3 THEN now() END) RETURNING id
        """;

    /// <summary>A viewer of the township (disabled when asked), who cannot sign in (no real password).</summary>
    public Task<long> UserAsync(MatrixTownship t, bool disabled = false) => IdAsync(UserSql, P(t.Code), P($"mx-user-{Serial()}"), P(disabled));

    const string KeySql = """
        INSERT INTO zones.api_key (township_code, name, role, key_prefix, key_salt, key_hash)
        VALUES ($1, $2, 'hotline', left(md5($2), 8), sha256(convert_to($2, 'UTF8')), sha256(sha256(convert_to($2, 'UTF8')))) RETURNING id
        """;

    /// <summary>A hotline key of the township (its secret unknown: it is only there to be revoked).</summary>
    public Task<long> KeyAsync(MatrixTownship t) => IdAsync(KeySql, P(t.Code), P($"矩阵热线{Serial()}"));

    /// <summary>A township code of county 330522 (both matrix townships') that no row has: 3305229 + 5 digits.</summary>
    public string TownshipCode() => $"3305229{Serial():D5}";

    const string TownshipSql = "INSERT INTO zones.township (division_code, county_code, name) VALUES ($1, left($1, 6), '矩阵镇') RETURNING division_code::bigint";

    /// <summary>A fresh township of county 330522: only the county admin (of the matrix actors) manages it.</summary>
    public async Task<string> TownshipAsync() => $"{await IdAsync(TownshipSql, P(TownshipCode()))}";

    async Task<long> IdAsync(string sql, params NpgsqlParameter[] parameters)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddRange(parameters);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
