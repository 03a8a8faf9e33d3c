namespace Zones.DemoData.Generation;

/// <summary>
/// The street plan of the town centre (镇区), in metres before rotation, with every junction an
/// explicit shared vertex so the network nodes exactly where the streets meet.
/// </summary>
internal static class TownTemplate
{
    public sealed record Street(string Name, string Class, (double X, double Y)[] Points);

    public static readonly Street[] Streets =
    [
        new("人民路", "arterial", [(-1000, 30), (-500, 10), (0, 0), (250, -10), (500, -20), (1100, -60)]),
        new("解放路", "arterial", [(20, -720), (0, -350), (0, 0), (-10, 410), (-15, 650), (-30, 820)]),
        new("建设路", "secondary", [(-850, 425), (-490, 418), (-10, 410), (505, 395), (900, 380)]),
        new("文化路", "secondary", [(-520, -700), (-510, -330), (-505, -160), (-500, 10), (-490, 418), (-480, 620)]),
        new("新华路", "secondary", [(520, -760), (510, -360), (500, -20), (505, 395), (540, 600)]),
        new("南街", "branch", [(-510, -330), (0, -350), (250, -355), (510, -360)]),
        new("菜市街", "branch", [(250, -10), (252, -180), (250, -355)]),
        new("学府路", "branch", [(-480, 620), (-15, 650)]),
        // Planted: a 支路 with no street light at all (无路灯道路).
        new("河埠路", "branch", [(-1150, -520), (-900, -380), (-700, -260), (-505, -160)]),
    ];

    public const string UnlitStreet = "河埠路";

    /// <summary>
    /// Planted (issue #12, walking distance): 东河街 runs along the east bank of a creek, ≈ 250 m east of 新华路 on the
    /// west bank, with no road across but 溪桥路 from the end of 南街. Appended after every other road, so nothing
    /// else in the town moves.
    /// </summary>
    public static readonly Street[] CreekStreets =
    [
        new("溪桥路", "branch", [(510, -360), (760, -360)]),
        new("东河街", "branch", [(760, -300), (760, -360), (760, -680)]),
    ];

    /// <summary>A flush toilet 12 m east of 新华路 and a dwelling 15 m east of 东河街, 248 m apart across the creek, ≈ 600 m by the bridge.</summary>
    public static readonly (double X, double Y) CreekToilet = (527, -520);
    public static readonly (double X, double Y) CreekDwelling = (775, -520);
    public const string CreekDwellingName = "河东新村";
    public const int CreekDwellingHouseholds = 64;

    /// <summary>The 过境公路 through the south of the town; its ends are put on the outline.</summary>
    public static readonly (double X, double Y)[] Highway =
        [(-2200, -1300), (-1200, -850), (-520, -700), (20, -720), (520, -760), (1300, -820), (2400, -300)];

    public const double HighwayWestAngle = 212;
    public const double HighwayEastAngle = 32;

    /// <summary>The 县道 leaving the town to the north from the end of 解放路.</summary>
    public static readonly (double X, double Y)[] CountyRoad = [(-30, 820), (-100, 1500), (60, 2300)];

    public const double CountyRoadAngle = 92;

    public static readonly (double X, double Y) Market = (305, -185);
    public static readonly (double X, double Y) BusStation = (85, -690);
    public static readonly (double X, double Y) Square = (-230, 130);
    public static readonly (double X, double Y) Park = (720, 250);
    public static readonly (double X, double Y) PrimarySchool = (-260, 560);
    public static readonly (double X, double Y) MiddleSchool = (260, 545);
    public static readonly (double X, double Y) Kindergarten = (-720, 300);
    public static readonly (double X, double Y) OldStreetToilet = (-300, -372);
    public static readonly (double X, double Y) TransferStation = (1180, -930);
    public static readonly (double X, double Y) BuiltUpRadii = (1250, 960);
    public static readonly (double X, double Y) IndustrialCentre = (1950, -640);

    /// <summary>Planted: 人民路 east of 新华路 has no street bin for this many metres from the first bin past this point.</summary>
    public const string BinGapStreet = "人民路";
    public static readonly (double X, double Y) BinGapFrom = (850, -43);
    public const double BinGapLength = 170;
}
