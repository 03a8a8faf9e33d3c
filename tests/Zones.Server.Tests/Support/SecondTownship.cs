using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Auth;

namespace Zones.Server.Tests.Support;

/// <summary>
/// A second, NOT public township beside the demo (issue #10), for the tests of township isolation:
/// 西苑镇 <see cref="Code"/> in the demo's county <see cref="County"/> (长兴县 330522), so one county
/// account covers both. It lies east of the demo township (whose land ends at 119.854°E) without
/// touching it, and every row lies inside its own boundary.
/// </summary>
/// <remarks>
/// <see cref="CreateAsync"/> writes: the township; its boundary zone (level township) and one area
/// zone inside; a road; an asset (a bin) on the road; a shop beside it; an open complaint with a reporter; a person
/// and a unit, the person primary owner (包联) of the area zone; users of every role scoped to it
/// (<see cref="Users"/>, password <see cref="Password"/>); a county admin for <see cref="County"/>
/// (<see cref="CountyAdmin"/>); and a hotline API key (<see cref="HotlineKey"/>). Run it once per
/// database, after the demo is loaded (it needs the shipped complaint categories only).
/// </remarks>
public sealed record SecondTownship(long BoundaryZoneId, long AreaZoneId, long RoadId, long AssetId, long ComplaintId,
                                    long PersonId, long UnitId, long AssignmentId)
{
    /// <summary>Its shop (门店), off the road so that it has a 门前三包 stretch.</summary>
    public long ShopId { get; init; }

    public const string Code = "330522200000";
    public const string County = "330522";
    public const string Name = "西苑镇";

    /// <summary>Land 119.87–119.92°E, 31.00–31.04°N: east of the demo township, a gap of about 1.5 km between them.</summary>
    public const string BoundaryWkt = "MULTIPOLYGON(((119.87 31.00,119.92 31.00,119.92 31.04,119.87 31.04,119.87 31.00)))";
    public const string AreaWkt = "MULTIPOLYGON(((119.875 31.005,119.915 31.005,119.915 31.035,119.875 31.035,119.875 31.005)))";
    public const string RoadWkt = "LINESTRING(119.88 31.01,119.90 31.02)";
    public const string AssetWkt = "POINT(119.89 31.015)";
    public const string ComplaintWkt = "POINT(119.895 31.02)";

    /// <summary>A shop about 15 m off the road (its 门前三包 lies on <see cref="RoadWkt"/>).</summary>
    public static readonly (double Lon, double Lat) ShopAt = (119.89006, 31.01512);
    public const string ShopName = "西苑便民超市";

    /// <summary>Names searchable by text, none of them shared with the demo.</summary>
    public const string AreaName = "西苑片区";
    public const string RoadName = "西苑大道";
    public const string AssetIdentifier = "3305222000050001";
    public const string CaseNumber = "E010220261120990001";
    public const string ReporterName = "王小明";
    public const string ReporterPhone = "13912345678";
    public const string OwnerName = "西苑李书记";
    public const string OwnerPhone = "13800001111";

    public const string Password = "second-township-2026";
    public const string CountyAdmin = "county-admin";
    public const string HotlineKey = "second-township-hotline-key-2026";

    /// <summary>One user per role, all scoped to <see cref="Code"/>: (role, username).</summary>
    public static readonly (string Role, string Username)[] Users =
        [(Roles.Admin, "s2-admin"), (Roles.Planner, "s2-planner"), (Roles.Cadre, "s2-cadre"), (Roles.Viewer, "s2-viewer")];

    /// <summary>The username of the second township's user with <paramref name="role"/>.</summary>
    public static string User(string role) => Users.Single(u => u.Role == role).Username;

    /// <summary>The actor signing in as <paramref name="role"/> of the second township stands for (GraphQLHarness).</summary>
    public Actor Actor(string role) =>
        new(User(role), role, role == Roles.Cadre ? PersonId : null, role == Roles.Cadre ? UnitId : null, ActorScope.Township(Code));

    /// <summary>The county admin (both townships).</summary>
    public static Actor CountyActor => new(CountyAdmin, Roles.Admin, Scope: ActorScope.County(County));

    /// <summary>A demo township user of <paramref name="role"/>, as sign-in makes it.</summary>
    public static Actor DemoActor(string role, string demoCode) => new(role, role, Scope: ActorScope.Township(demoCode));

    const string TownshipSql = "INSERT INTO zones.township (division_code, county_code, name) VALUES ($1, $2, $3)";

    const string ZoneSql = """
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, geom)
        VALUES ($1, $2, $3, $4, $5, ST_GeomFromText($6, 4326)) RETURNING id
        """;

    const string UnitSql = "INSERT INTO zones.unit (township_code, code, name, kind, phone) VALUES ($1, 'S2-U001', '西苑镇城管办', 'department', '0572-6000001') RETURNING id";

    const string PersonSql = "INSERT INTO zones.person (township_code, code, name, title, phone, unit_id) VALUES ($1, 'S2-P001', $2, '副镇长', $3, $4) RETURNING id";

    const string RoadSql = "INSERT INTO zones.road (township_code, code, name, class, geom) VALUES ($1, 'S2-R001', $2, 'branch', ST_GeomFromText($3, 4326)) RETURNING id";

    const string AssetSql = """
        INSERT INTO zones.asset (township_code, kind, class_code, identifier, name, maintainer_unit_id, road_id, geom)
        VALUES ($1, 'bin', '0305', $2, '西苑大道果皮箱', $3, $4, ST_GeomFromText($5, 4326)) RETURNING id
        """;

    const string ShopSql = """
        INSERT INTO zones.shop (township_code, code, name, address, keeper_name, phone, geom)
        VALUES ($1, 'S2-S001', $2, '西苑大道1号', '周店主', '13900002222', ST_GeomFromText($3, 4326)) RETURNING id
        """;

    const string AssignmentSql = """
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, person_id, role, is_primary, valid_from)
        VALUES ($1, 'zone', $2, $3, 'leader', true, now() - interval '30 days') RETURNING id
        """;

    // Open, reported yesterday: inside Open311's default 90-day window and on the complaints tile layer.
    const string ComplaintSql = """
        INSERT INTO zones.complaint (township_code, case_number, geom, category_kind, category_code, source, description,
                                     zone_id, first_responsible_person_id, responsible_person_id, stage, reported_at,
                                     deadline, reporter_name, reporter_phone)
        VALUES ($1, $2, ST_GeomFromText($3, 4326), 'event', '0102', 'citizen', '西苑大道路边有暴露垃圾',
                $4, $5, $5, 'registered', now() - interval '1 day', now() + interval '3 days', $6, $7)
        RETURNING id
        """;


    /// <summary>Writes the second township and its accounts into <paramref name="db"/> (which holds the demo).</summary>
    public static async Task<SecondTownship> CreateAsync(NpgsqlDataSource db, CancellationToken ct = default)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        await using (var tx = await conn.BeginTransactionAsync(ct))
        {
            var s = new Statements(conn, tx, ct);
            await s.RunAsync("SELECT set_config('zones.actor', 'test:second-township', true)");
            await s.RunAsync(TownshipSql, Code, County, Name);
            var boundary = await s.IdAsync(ZoneSql, Code, null, "township", Code, Name, BoundaryWkt);
            var area = await s.IdAsync(ZoneSql, Code, boundary, "area", Code + "001", AreaName, AreaWkt);
            var unit = await s.IdAsync(UnitSql, Code);
            var person = await s.IdAsync(PersonSql, Code, OwnerName, OwnerPhone, unit);
            var road = await s.IdAsync(RoadSql, Code, RoadName, RoadWkt);
            var asset = await s.IdAsync(AssetSql, Code, AssetIdentifier, unit, road, AssetWkt);
            var assignment = await s.IdAsync(AssignmentSql, Code, area, person);
            var complaint = await s.IdAsync(ComplaintSql, Code, CaseNumber, ComplaintWkt, area, person, ReporterName, ReporterPhone);
            var shop = await s.IdAsync(ShopSql, Code, ShopName, FormattableString.Invariant($"POINT({ShopAt.Lon} {ShopAt.Lat})"));
            await tx.CommitAsync(ct);
            var township = new SecondTownship(boundary, area, road, asset, complaint, person, unit, assignment) { ShopId = shop };
            await township.CreateAccountsAsync(db, ct);
            return township;
        }
    }

    async Task CreateAccountsAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        var users = new UserStore(db);
        foreach (var (role, username) in Users)
            await users.CreateUserAsync(Code, username, $"{Name} {role}", role, Password,
                                        role == Roles.Cadre ? PersonId : null, role == Roles.Cadre ? UnitId : null, ct);
        await users.CreateUserAsync(ActorScope.County(County), CountyAdmin, "长兴县管理员", Roles.Admin, Password, null, null, ct);
        await users.CreateApiKeyAsync(Code, "12345热线 (西苑镇)", HotlineKey, Roles.Hotline, ct);
    }

    /// <summary>Positional statements in one transaction.</summary>
    sealed class Statements(NpgsqlConnection conn, NpgsqlTransaction tx, CancellationToken ct)
    {
        public async Task RunAsync(string sql, params object?[] values)
        {
            await using var cmd = Command(sql, values);
            await cmd.ExecuteNonQueryAsync(ct);
        }

        public async Task<long> IdAsync(string sql, params object?[] values)
        {
            await using var cmd = Command(sql, values);
            return (long)(await cmd.ExecuteScalarAsync(ct))!;
        }

        NpgsqlCommand Command(string sql, object?[] values)
        {
            var cmd = new NpgsqlCommand(sql, conn, tx);
            foreach (var v in values)
                cmd.Parameters.Add(v switch
                {
                    null => new NpgsqlParameter<long?> { TypedValue = null },
                    long l => new NpgsqlParameter<long> { TypedValue = l },
                    _ => new NpgsqlParameter<string> { TypedValue = (string)v },
                });
            return cmd;
        }
    }
}
