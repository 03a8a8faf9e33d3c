using Zones.Server.Data;
using static System.FormattableString;

namespace Zones.Server.Tests.Http.AccessMatrix;

/// <summary>
/// One write of the matrix: its name, the mutation it runs (null: not GraphQL), the roles that may run
/// it (read from the role checks of Schema/Mutations and Data/Complaints/ComplaintPermissions.cs),
/// whether an allowed run writes (a dry run does not), and its input against a target in a township
/// (fresh when the write consumes it). <see cref="Send"/> runs it for a client and judges the answer.
/// </summary>
public sealed record WriteCase(string Name, string? Mutation, string[] Roles, bool Writes,
                               Func<FreshRows, MatrixTownship, Task<object>> Input, Func<HttpClient, object, Task<WriteAnswer>> Send)
{
    /// <summary>Who may run it on the township; by default THE write rule (<see cref="MatrixActor.MayWrite"/> with <see cref="Roles"/>).</summary>
    public Func<MatrixActor, MatrixTownship, bool>? Expected { get; init; }

    public override string ToString() => Name;
}

/// <summary>
/// THE write matrix: a row per mutation of the schema (<see cref="AccessMatrixTests"/> fails when a
/// mutation has none) and Open311 POST. Inputs are valid, so an allowed cell really writes; the case
/// a cadre may move is assigned to the cadre of its township, so a cadre's scope and assignment agree.
/// </summary>
public static partial class WriteMatrix
{
    static readonly string[] Editors = [Roles.Planner, Roles.Admin];
    static readonly string[] Reporters = [Roles.Admin, Roles.Planner, Roles.Cadre, Roles.Hotline];
    static readonly string[] Handlers = [Roles.Admin, Roles.Planner, Roles.Cadre];
    static readonly string[] HotlineKeys = [Roles.Hotline];
    static readonly string[] Admins = [Roles.Admin];

    // A new township (or a fresh one to retire) lies in neither matrix township: of the matrix actors only the
    // county admin manages it, and no row of either township changes (the audit row is the new township's).
    static readonly Func<MatrixActor, MatrixTownship, bool> CountyAdmin = (actor, _) => actor.Role == Roles.Admin && actor.County is not null;
    const string Password = "matrix-password-2026";

    // Fresh zones lie on top of the demo's own areas: the placement checks would refuse them, not the scope.
    static readonly object Loose = new { allowOverlap = true, allowGap = true };
    const string Report = "report { dryRun written succeeded problems { code message } }";

    public static readonly IReadOnlyList<WriteCase> All =
    [
        Gql("createZone", Editors, (f, t) => new
        {
            parentId = $"{t.BoundaryZoneId}", level = "AREA", name = "矩阵新片区", code = f.ZoneCode(t),
            boundary = new { wkt = f.NextCell(t).Polygon }, options = Loose,
        }),
        Gql("updateZone", Editors, async (f, t) => new { id = Id(await f.ZoneAsync(t)), expectedVersion = 1, name = "矩阵改名" }),
        Gql("updateZoneBoundary", Editors, async (f, t) =>
        {
            var z = await f.ZoneAsync(t);
            return new { id = Id(z), expectedVersion = 1, boundary = new { wkt = z.Cell.WestHalf }, options = Loose };
        }),
        Gql("deleteZone", Editors, async (f, t) => new { id = Id(await f.ZoneAsync(t)), expectedVersion = 1 }),
        Gql("updateZoneBoundaries", Editors, async (f, t) =>
        {
            var z = await f.ZoneAsync(t);
            return new { edits = new[] { new { id = Id(z), expectedVersion = 1, boundary = new { wkt = z.Cell.WestHalf } } }, options = Loose };
        }),
        Gql("splitZone", Editors, async (f, t) =>
        {
            var z = await f.ZoneAsync(t);
            return new { id = Id(z), expectedVersion = 1, blade = new { wkt = z.Cell.Blade }, parts = new[] { new { code = f.ZoneCode(t) }, new { code = f.ZoneCode(t) } } };
        }),
        Gql("mergeZones", Editors, async (f, t) => new
        {
            zones = new[] { new { id = Id(await f.ZoneAsync(t)), expectedVersion = 1 }, new { id = Id(await f.ZoneAsync(t)), expectedVersion = 1 } },
        }),
        Gql("assignOwner", Editors, async (f, t) => new
        {
            targetKind = "ZONE", targetId = Id(await f.ZoneAsync(t)), owner = new { unitId = $"{t.UnitId}" }, role = "RESPONSIBLE_UNIT",
        }),
        Gql("endAssignment", Editors, async (f, t) => new { id = $"{await f.AssignmentAsync(t)}" }),
        Gql("createAsset", Editors, (f, t) => new
        {
            townshipCode = t.Code, kind = "BIN", classCode = "0305", identifier = $"MX-{f.Serial()}", location = new { wkt = f.Point(t) },
        }),
        Gql("updateAsset", Editors, async (f, t) =>
        {
            var identifier = $"MX-{f.Serial()}";
            var id = await f.AssetAsync(t, identifier);
            return new { id = $"{id}", expectedVersion = 1, kind = "BIN", classCode = "0305", identifier, name = "矩阵果皮箱", location = new { wkt = f.Point(t) } };
        }),
        Gql("retireAsset", Editors, async (f, t) => new { id = $"{await f.AssetAsync(t, $"MX-{f.Serial()}")}", expectedVersion = 1 }),
        Gql("createRoad", Editors, (f, t) => new
        {
            townshipCode = t.Code, code = $"MX-R{f.Serial()}", name = "矩阵路", @class = "BRANCH", line = new { wkt = f.NextCell(t).Diagonal },
        }),
        Gql("updateRoad", Editors, async (f, t) =>
        {
            var code = $"MX-R{f.Serial()}";
            var id = await f.RoadAsync(t, code);
            return new { id = $"{id}", expectedVersion = 1, code, name = "矩阵改路", @class = "VILLAGE", line = new { wkt = f.NextCell(t).Diagonal } };
        }),
        Gql("updateRoads", Editors, async (f, t) =>
        {
            var code = $"MX-R{f.Serial()}";
            var id = await f.RoadAsync(t, code);
            return new { roads = new[] { new { id = $"{id}", expectedVersion = 1, code, name = "矩阵改路", @class = "VILLAGE", line = new { wkt = f.NextCell(t).Diagonal } } } };
        }),
        Gql("retireRoad", Editors, async (f, t) => new { id = $"{await f.RoadAsync(t, $"MX-R{f.Serial()}")}", expectedVersion = 1 }),
        Gql("reportComplaint", Reporters, (_, t) => new
        {
            location = new { wkt = $"POINT({t.ComplaintAt})" }, categoryKind = "event", categoryCode = "0102", source = "HOTLINE_12345",
            description = "矩阵测试：路边有暴露垃圾",
        }),
        Gql("transitionComplaint", Handlers, async (f, t) => new
        {
            id = $"{await f.ComplaintAsync(t, t.CadrePersonId, t.CadreUnitId)}", action = "DISPOSE",
        }),
        // A case of nobody's: a cadre may not move it even in the cadre's own township.
        Gql("transitionComplaint", Editors, async (f, t) => new { id = $"{await f.ComplaintAsync(t, null, null)}", action = "DISPOSE" },
            name: "transitionComplaint of a case not the cadre's"),
        Gql("splitComplaintReport", Editors, async (f, t) => new { reportId = $"{await f.FoldedReportAsync(t)}" }),
        Gql("updateComplaintFoldSettings", Admins, (f, t) => new { townshipCode = t.Code, windowDays = 1 + f.Serial() % 90 }),
        Gql("updateComplaintFoldSettings", Admins, async (f, t) => { await f.FoldSettingAsync(t); return new { townshipCode = t.Code, useDefaults = true }; },
            "settings { customised }", name: "updateComplaintFoldSettings (defaults)"),
        Gql("importFeatures", Editors, (f, t) => Import(f, t, dryRun: true), Report, writes: false, name: "importFeatures (dry run)"),
        Gql("importFeatures", Editors, (f, t) => Import(f, t, dryRun: false), Report),
        .. RuleWrites,
        Gql("createTownship", Admins, (f, _) => new { code = f.TownshipCode(), name = "矩阵新镇" }, writes: false) with { Expected = CountyAdmin },
        Gql("updateTownship", Admins, (f, t) => new { code = t.Code, name = $"矩阵镇{f.Serial()}" }),
        Gql("retireTownship", Admins, async (f, _) => new { code = await f.TownshipAsync() }, writes: false) with { Expected = CountyAdmin },
        Gql("createUser", Admins, (f, t) => new
        {
            username = $"mx-new-{f.Serial()}", displayName = "矩阵新用户", role = "VIEWER", townshipCode = t.Code, password = Password,
        }),
        Gql("updateUser", Admins, async (f, t) => new { id = $"{await f.UserAsync(t)}", displayName = "矩阵改名", role = "PLANNER" }),
        Gql("disableUser", Admins, async (f, t) => new { id = $"{await f.UserAsync(t)}" }),
        Gql("enableUser", Admins, async (f, t) => new { id = $"{await f.UserAsync(t, disabled: true)}" }),
        Gql("resetPassword", Admins, async (f, t) => new { id = $"{await f.UserAsync(t)}", password = Password }),
        Gql("createApiKey", Admins, (f, t) => new { name = $"矩阵热线{f.Serial()}", townshipCode = t.Code }, "key"),
        Gql("revokeApiKey", Admins, async (f, t) => new { id = $"{await f.KeyAsync(t)}" }),
        // A personal setting of any user account, in no township: no township's rows change, keys and anonymous are refused.
        Gql("saveMapLayers", [Roles.Admin, Roles.Planner, Roles.Cadre, Roles.Viewer],
            (_, _) => new { layers = new[] { new { title = "矩阵图层", kind = "XYZ", url = "https://tiles.example.com/{z}/{x}/{y}.png" } } },
            writes: false) with { Expected = (actor, _) => actor.Who is { } who && !who.StartsWith("key:", StringComparison.Ordinal) },
        .. NotifyWrites,
        new("Open311 POST /requests", null, HotlineKeys, true, (_, t) => Task.FromResult<object>(new Dictionary<string, string>
        {
            ["service_code"] = "E0102", ["long"] = Invariant($"{t.ComplaintAt.Lon}"), ["lat"] = Invariant($"{t.ComplaintAt.Lat}"),
            ["description"] = "矩阵测试：暴露垃圾",
        }), WriteAnswer.Open311PostAsync),
        // Issue #14 §4: located by name in the named jurisdiction; a jurisdiction the key may not read is a 404 refusal.
        new("Open311 POST /requests (address_string, jurisdiction)", null, HotlineKeys, true, (_, t) => Task.FromResult<object>(new Dictionary<string, string>
        {
            ["service_code"] = "E0102", ["address_string"] = t.AreaName, ["jurisdiction_id"] = t.Code, ["description"] = "矩阵测试：按地名定位",
        }), WriteAnswer.Open311PostAsync),
        // The resident page (issue #14 §1): no account, so anyone reports in any township — as a resident scoped to the
        // township at the point, so the case lands there and nowhere else. A fresh cell, so it folds into no case.
        new("POST /api/report", null, [], true, (f, t) => Task.FromResult<object>(ResidentReport(f.NextCell(t).Centre)),
            WriteAnswer.ReportPostAsync) { Expected = (_, _) => true },
        new("POST /import/assets", null, Editors, true, (f, t) => Task.FromResult<object>((t.Code, AssetCsv(f, t))), WriteAnswer.ImportPostAsync),
        .. PhotoWrites,
    ];

    static Dictionary<string, string> ResidentReport(LonLat at) => new()
    {
        ["category"] = "E0101", ["lon"] = Invariant($"{at.Lon}"), ["lat"] = Invariant($"{at.Lat}"), ["description"] = "矩阵测试：居民上报私搭乱建",
    };

    static object Import(FreshRows f, MatrixTownship t, bool dryRun) =>
        new { target = "ASSETS", townshipCode = t.Code, content = AssetCsv(f, t), dryRun };

    /// <summary>One bin in a fresh cell of the township, as an asset 台账 CSV.</summary>
    static string AssetCsv(FreshRows f, MatrixTownship t)
    {
        var at = f.NextCell(t).Centre;
        return Invariant($"编号,类型,经度,纬度\nMX-{f.Serial()},垃圾箱,{at.Lon},{at.Lat}\n");
    }

    static string Id(FreshZone z) => $"{z.Id}";

    static WriteCase Gql(string mutation, string[] roles, Func<FreshRows, MatrixTownship, Task<object>> input, string selection = "",
                         bool writes = true, string? name = null) =>
        new(name ?? mutation, mutation, roles, writes, input, (client, i) => WriteAnswer.MutationAsync(client, mutation, i, selection));

    static WriteCase Gql(string mutation, string[] roles, Func<FreshRows, MatrixTownship, object> input, string selection = "",
                         bool writes = true, string? name = null) =>
        Gql(mutation, roles, (f, t) => Task.FromResult(input(f, t)), selection, writes, name);
}
