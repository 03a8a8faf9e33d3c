using System.Globalization;
using Npgsql;
using Zones.Server.Tests.Support;
using static Zones.Server.Data.Sql;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>A point in WGS84 degrees.</summary>
public readonly record struct LonLat(double Lon, double Lat)
{
    public override string ToString() => FormattableString.Invariant($"{Lon} {Lat}");
}

/// <summary>
/// What the matrix asks about one township: its code, whether it is public, one row of each kind
/// (a zone with an owner and an open case of the last days inside it, a road and an asset there, a
/// person with responsibilities, the cadre's person and unit), a box around them, the spot of each
/// tile layer where its rows lie, and a free corner (<see cref="Grid"/>) where fresh rows go. The
/// demo's rows are picked from its data by SQL; the second township's are <see cref="SecondTownship"/>'s.
/// </summary>
public sealed record MatrixTownship(string Label, string Code, bool IsPublic)
{
    public long BoundaryZoneId { get; init; }
    public long AreaZoneId { get; init; }
    public string AreaName { get; init; } = "";
    public long RoadId { get; init; }
    public long AssetId { get; init; }
    public string AssetIdentifier { get; init; } = "";
    public long ComplaintId { get; init; }
    public string CaseNumber { get; init; } = "";
    public LonLat ComplaintAt { get; init; }
    public long PersonId { get; init; }
    public long UnitId { get; init; }
    public long CadrePersonId { get; init; }
    public long CadreUnitId { get; init; }
    public long ShopId { get; init; }
    public string ShopName { get; init; } = "";

    /// <summary>A 整改前 photo of <see cref="ComplaintId"/> (staff of the township only).</summary>
    public long BeforePhotoId { get; init; }

    /// <summary>A 整改后 photo of <see cref="ComplaintId"/> (whoever reads the case).</summary>
    public long AfterPhotoId { get; init; }

    /// <summary>[minLon, minLat, maxLon, maxLat] around the rows above, touching no other township.</summary>
    public double[] Box { get; init; } = [];

    /// <summary><see cref="Box"/> as a <c>bbox</c> query parameter.</summary>
    public string BoxText => string.Join(",", Box.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Whether a box [minLon, minLat, maxLon, maxLat] reaches into <see cref="Box"/>.</summary>
    public bool Touches(IReadOnlyList<double> b) => b[0] <= Box[2] && b[2] >= Box[0] && b[1] <= Box[3] && b[3] >= Box[1];

    /// <summary>Per tile layer, a point whose z14 tile holds rows of this township (and of no other).</summary>
    public Dictionary<string, LonLat> Spots { get; init; } = [];

    /// <summary>The kind of one of its coverage gaps, as the GraphQL enum names it (UNCOVERED_LAND …).</summary>
    public string GapKind { get; init; } = "";

    /// <summary>South-west corner of 20 × 10 free cells of <see cref="FreshRows.CellSize"/>° inside the township boundary.</summary>
    public LonLat Grid { get; init; }

    public override string ToString() => Label;

    /// <summary>The second township: the rows <see cref="SecondTownship.CreateAsync"/> wrote; fresh rows go in the strip between its boundary and its area zone.</summary>
    public static MatrixTownship Second(SecondTownship s) => new("second", SecondTownship.Code, false)
    {
        BoundaryZoneId = s.BoundaryZoneId, AreaZoneId = s.AreaZoneId, AreaName = SecondTownship.AreaName,
        RoadId = s.RoadId, AssetId = s.AssetId, AssetIdentifier = SecondTownship.AssetIdentifier,
        ComplaintId = s.ComplaintId, CaseNumber = SecondTownship.CaseNumber, ComplaintAt = new(119.895, 31.02),
        ShopId = s.ShopId, ShopName = SecondTownship.ShopName,
        PersonId = s.PersonId, UnitId = s.UnitId, CadrePersonId = s.PersonId, CadreUnitId = s.UnitId,
        Box = [119.86, 30.99, 119.93, 31.05],
        Spots = new() { ["zones"] = new(119.89, 31.015), ["roads"] = new(119.89, 31.015), ["assets"] = new(119.89, 31.015), ["complaints"] = new(119.895, 31.02),
                   ["shops"] = new(SecondTownship.ShopAt.Lon, SecondTownship.ShopAt.Lat) },
        Grid = new(119.8705, 31.0005),
    };

    // The smallest published zone of the demo with an active owner and an open case of the last 20 days
    // inside, an asset inside and a road through it: every read path has something to show there.
    const string DemoAreaSql = """
        SELECT z.id, z.name, ST_XMin(z.geom), ST_YMin(z.geom), ST_XMax(z.geom), ST_YMax(z.geom)
        FROM zones.zone z
        WHERE z.township_code = $1 AND z.level <> 'township' AND z.status = 'published' AND z.valid_to IS NULL
          AND EXISTS (SELECT 1 FROM zones.assignment a WHERE a.zone_id = z.id AND a.valid_from <= now() AND (a.valid_to IS NULL OR a.valid_to > now()))
          AND EXISTS (SELECT 1 FROM zones.complaint c WHERE c.township_code = $1 AND ST_Within(c.geom, z.geom)
                        AND c.stage NOT IN ('closed', 'voided') AND c.reported_at > now() - interval '20 days')
          AND EXISTS (SELECT 1 FROM zones.asset a WHERE a.township_code = $1 AND a.retired_at IS NULL AND ST_Within(a.geom, z.geom))
          AND EXISTS (SELECT 1 FROM zones.road r WHERE r.township_code = $1 AND ST_Within(ST_LineInterpolatePoint(r.geom, 0.5), z.geom))
          AND EXISTS (SELECT 1 FROM zones.shop s WHERE s.township_code = $1 AND s.retired_at IS NULL AND ST_Within(s.geom, z.geom))
        ORDER BY ST_Area(z.geom), z.id
        LIMIT 1
        """;

    const string DemoRowsSql = """
        SELECT (SELECT id FROM zones.zone WHERE township_code = $1 AND level = 'township' AND valid_to IS NULL),
               c.id, c.case_number, ST_X(c.geom), ST_Y(c.geom),
               a.id, a.identifier, ST_X(a.geom), ST_Y(a.geom),
               r.id, ST_X(ST_LineInterpolatePoint(r.geom, 0.5)), ST_Y(ST_LineInterpolatePoint(r.geom, 0.5)),
               (SELECT person_id FROM zones.assignment WHERE township_code = $1 AND person_id IS NOT NULL
                  AND valid_from <= now() AND (valid_to IS NULL OR valid_to > now()) ORDER BY id LIMIT 1),
               (SELECT min(id) FROM zones.unit WHERE township_code = $1),
               u.person_id, u.unit_id,
               ST_X(ST_PointOnSurface(b.geom)), ST_Y(ST_PointOnSurface(b.geom)),
               s.id, s.name, ST_X(s.geom), ST_Y(s.geom)
        FROM zones.zone z
        CROSS JOIN LATERAL (SELECT * FROM zones.complaint c WHERE c.township_code = $1 AND ST_Within(c.geom, z.geom)
                              AND c.stage NOT IN ('closed', 'voided') AND c.reported_at > now() - interval '20 days'
                            ORDER BY c.reported_at DESC LIMIT 1) c
        CROSS JOIN LATERAL (SELECT * FROM zones.asset a WHERE a.township_code = $1 AND a.retired_at IS NULL AND ST_Within(a.geom, z.geom)
                            ORDER BY a.id LIMIT 1) a
        CROSS JOIN LATERAL (SELECT * FROM zones.road r WHERE r.township_code = $1 AND ST_Within(ST_LineInterpolatePoint(r.geom, 0.5), z.geom)
                            ORDER BY r.id LIMIT 1) r
        CROSS JOIN LATERAL (SELECT * FROM zones.shop s WHERE s.township_code = $1 AND s.retired_at IS NULL AND ST_Within(s.geom, z.geom)
                            ORDER BY s.id LIMIT 1) s
        CROSS JOIN (SELECT person_id, unit_id FROM zones.app_user WHERE username = 'cadre') u
        CROSS JOIN (SELECT geom FROM zones.zone WHERE township_code = $1 AND level = 'township' AND valid_to IS NULL) b
        WHERE z.id = $2
        """;

    /// <summary>The demo township, its rows picked by SQL.</summary>
    public static async Task<MatrixTownship> DemoAsync(NpgsqlDataSource db, string code)
    {
        var area = await RowAsync(db, DemoAreaSql, P(code));
        var r = await RowAsync(db, DemoRowsSql, P(code), P((long)area[0]));
        double D(int i) => (double)r[i];
        long L(int i) => (long)r[i];
        var complaint = new LonLat(D(3), D(4));
        var asset = new LonLat(D(7), D(8));
        return new("demo", code, true)
        {
            AreaZoneId = (long)area[0], AreaName = (string)area[1],
            Box = [(double)area[2], (double)area[3], (double)area[4], (double)area[5]],
            BoundaryZoneId = L(0), ComplaintId = L(1), CaseNumber = (string)r[2], ComplaintAt = complaint,
            AssetId = L(5), AssetIdentifier = (string)r[6], RoadId = L(9),
            PersonId = L(12), UnitId = L(13), CadrePersonId = L(14), CadreUnitId = L(15),
            ShopId = L(18), ShopName = (string)r[19],
            Spots = new() { ["zones"] = asset, ["roads"] = new(D(10), D(11)), ["assets"] = asset, ["complaints"] = complaint,
                            ["shops"] = new(D(20), D(21)) },
            Grid = new(Math.Round(D(16), 4), Math.Round(D(17), 4)),
        };
    }

    static async Task<object[]> RowAsync(NpgsqlDataSource db, string sql, params NpgsqlParameter[] parameters)
    {
        await using var cmd = db.CreateCommand(sql);
        cmd.Parameters.AddRange(parameters);
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), $"no row for: {sql}");
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return values;
    }
}
