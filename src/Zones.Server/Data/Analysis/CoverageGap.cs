using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Analysis;

/// <summary>
/// One coverage gap (DOMAIN.md §5.2): what is missing, where, how much, and who answers for it.
/// A check fills what applies to its kind and leaves the rest null; the service fills
/// <see cref="ZoneId"/> (the most specific zone containing the gap) when a check leaves it null.
/// </summary>
public sealed record CoverageGap
{
    /// <summary>One of <see cref="GapKinds"/> (snake_case; the GraphQL enum is its UPPER_SNAKE form).</summary>
    public required string Kind { get; init; }

    public required string TownshipCode { get; init; }

    /// <summary>WGS84: the uncovered land, the unlit stretch, the asset's point, the unowned zone …</summary>
    public required Geometry Geometry { get; init; }

    /// <summary>zh-CN, one line a clerk can read, e.g. "河埠路 739 米无路灯，需增设 27 盏".</summary>
    public required string Description { get; init; }

    /// <summary>Area on the spheroid, for land gaps and unowned zones.</summary>
    public double? AreaM2 { get; init; }

    /// <summary>Length along the road, for stretches and segments.</summary>
    public double? LengthM { get; init; }

    /// <summary>How many: households beyond reach, toilets missing, days out of service … (kind-specific, see GapKinds).</summary>
    public int? Count { get; init; }

    /// <summary>Street lights to add so the stretch meets the spacing rule.</summary>
    public int? LightsNeeded { get; init; }

    /// <summary>Street bins to add so the stretch meets the spacing rule.</summary>
    public int? BinsNeeded { get; init; }

    /// <summary>The zone the gap falls in (most specific); its responsible owner answers for it.</summary>
    public long? ZoneId { get; init; }

    /// <summary>For overlaps: the other sibling.</summary>
    public long? RelatedZoneId { get; init; }

    public long? RoadId { get; init; }

    public long? AssetId { get; init; }

    public long? PlaceId { get; init; }

    /// <summary>
    /// For toilet and collection-point reach: the <see cref="ReachMethods"/> code the gap was measured with
    /// (network, or straight_line by setting or as the fallback where roads are too sparse); null for other kinds.
    /// </summary>
    public string? Method { get; init; }

    /// <summary>Since when the gap exists, where known (asset status change, end of the last owner).</summary>
    public DateTimeOffset? Since { get; init; }
}

/// <summary>The gap kinds, as stored codes. Comments say what Count means for each.</summary>
public static class GapKinds
{
    /// <summary>Land of a parent zone covered by no child (缺口).</summary>
    public const string UncoveredLand = "uncovered_land";
    /// <summary>Land two sibling zones both claim (重叠); RelatedZoneId is the other sibling.</summary>
    public const string ZoneOverlap = "zone_overlap";
    /// <summary>A zone with no active primary owner (无责任主体); owner = 属地兜底 fallback.</summary>
    public const string ZoneWithoutOwner = "zone_without_owner";
    /// <summary>A road segment of a class that needs a 包联 department, with no active primary owner.</summary>
    public const string RoadWithoutOwner = "road_without_owner";
    /// <summary>An asset with no (or a retired) maintaining unit (无管护单位).</summary>
    public const string AssetWithoutMaintainer = "asset_without_maintainer";
    /// <summary>Land beyond the service radius of every working public toilet (公厕服务半径外).</summary>
    public const string ToiletReach = "toilet_reach";
    /// <summary>A 行政村/社区 with no public toilet (无公厕).</summary>
    public const string VillageWithoutToilet = "village_without_toilet";
    /// <summary>A 旱厕 inside the built-up area (建成区内旱厕).</summary>
    public const string DryToiletInBuiltUp = "dry_toilet_in_built_up";
    /// <summary>A road stretch longer than its class's bin spacing with no working bin; BinsNeeded.</summary>
    public const string BinSpacing = "bin_spacing";
    /// <summary>Dwellings (Count = households) or built-up land beyond the collection-point radius.</summary>
    public const string CollectionPointReach = "collection_point_reach";
    /// <summary>A road segment longer than 50 m with no working light within 25 m (无路灯道路); LightsNeeded.</summary>
    public const string UnlitRoad = "unlit_road";
    /// <summary>On a lit segment, a light-free stretch longer than 2 × 3.5 × H (缺灯段); LightsNeeded.</summary>
    public const string LightGap = "light_gap";
    /// <summary>An asset that is damaged, unlit or lost; Since = status_since, Count = days so.</summary>
    public const string AssetOutOfService = "asset_out_of_service";

    public static readonly IReadOnlyList<string> All =
    [
        UncoveredLand, ZoneOverlap, ZoneWithoutOwner, RoadWithoutOwner, AssetWithoutMaintainer,
        ToiletReach, VillageWithoutToilet, DryToiletInBuiltUp, BinSpacing, CollectionPointReach,
        UnlitRoad, LightGap, AssetOutOfService,
    ];

    /// <summary>Position in <see cref="All"/>: the order lists and reports use.</summary>
    public static int Order(string kind) => ((IList<string>)All).IndexOf(kind) is var i and >= 0 ? i : int.MaxValue;

    /// <summary>zh-CN label for lists and legends.</summary>
    public static string Label(string kind) => kind switch
    {
        UncoveredLand => "未划入片区的土地",
        ZoneOverlap => "片区重叠",
        ZoneWithoutOwner => "片区无责任人",
        RoadWithoutOwner => "路段无包联单位",
        AssetWithoutMaintainer => "设施无管护单位",
        ToiletReach => "公厕服务半径外",
        VillageWithoutToilet => "村/社区无公厕",
        DryToiletInBuiltUp => "建成区内旱厕",
        BinSpacing => "果皮箱间距过大",
        CollectionPointReach => "收集点服务半径外",
        UnlitRoad => "无路灯道路",
        LightGap => "缺灯段",
        AssetOutOfService => "设施损坏/不亮",
        _ => kind,
    };
}
