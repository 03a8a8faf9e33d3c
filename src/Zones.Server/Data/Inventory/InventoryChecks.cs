using Npgsql;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using Zones.Server.Data.Editing;
using Zones.Server.Spatial;

namespace Zones.Server.Data.Inventory;

/// <summary>A locked asset or road row as the version check needs it.</summary>
sealed record LockedRow(string TownshipCode, string Label, int Version, bool Retired);

/// <summary>
/// Field checks of assets and roads made before the database is asked, each naming the field and
/// how to fix it; the database's own CHECKs stay the net under them (see <see cref="DbErrors"/>).
/// </summary>
static partial class InventoryChecks
{
    /// <summary>Range of <c>attributes.pole_height_m</c> in metres (the asset table's CHECK).</summary>
    public const double MinPoleHeightM = 2, MaxPoleHeightM = 30;

    const string LocationField = "location";
    const string LineField = "line";

    public static UserError? Asset(AssetFields f) =>
        (IdentifierPattern().IsMatch(f.Identifier) ? (UserError?)null
            : Problems.Invalid($"部件标识码“{f.Identifier}”只能由 4–32 位字母、数字或“-”组成",
                               $"The identifier \"{f.Identifier}\" must be 4-32 letters, digits or '-'", "identifier"))
        ?? (ClassCodePattern().IsMatch(f.ClassCode) ? null
            : Problems.Invalid($"分类代码“{f.ClassCode}”必须是 4 位数字（大类 2 位 + 小类 2 位），如 0305",
                               $"The class code \"{f.ClassCode}\" must be 4 digits (major + minor), e.g. 0305", "classCode"))
        ?? (f.Location is Point p ? (p.IsEmpty ? InvalidGeometryError.Of("Empty", null, null, LocationField) : (UserError?)null)
            : GeometryTypeError.Of(f.Location, ["Point"], LocationField))
        ?? PoleHeight(f.Attributes);

    public static UserError? Road(RoadFields f) =>
        (UserError?)Problems.Name(f.Name, true, "name")
        ?? (string.IsNullOrWhiteSpace(f.Code) ? Problems.Invalid("路段编码不能为空", "The road code must not be blank", "code") : null)
        ?? (f.Line is LineString ? LineValidity(f.Line) : (UserError)GeometryTypeError.Of(f.Line, ["LineString"], LineField));

    /// <summary>The row exists, is in service, lies in the actor's scope and is at the version the caller read; its township.</summary>
    /// <param name="whatZh">部件, 路段.</param>
    /// <param name="whatEn">Asset, Road.</param>
    public static async Task<Step<string>> CurrentAsync(NpgsqlTransaction tx, LockedRow? row, long id, int expected,
                                                        string whatZh, string whatEn, CancellationToken ct)
    {
        if (row is null || row.Retired)
            return Step<string>.Fail(Problems.NotFound($"在用{whatZh}", $"{whatEn.ToLowerInvariant()} in service", id, "id"));
        // Another township's row is refused before its version is told.
        if (await tx.RefusalAsync(row.TownshipCode, ct) is { } refused)
            return Step<string>.Fail(refused);
        return row.Version == expected
            ? Step<string>.Ok(row.TownshipCode)
            : Step<string>.Fail(Problems.Stale(whatZh, whatEn, row.Label, row.Version, expected, "expectedVersion"));
    }

    /// <summary>The attributes as jsonb text (an empty object when none).</summary>
    public static string Json(JsonObject? attributes) => attributes?.ToJsonString() ?? "{}";

    public static JsonObject ReadJson(string text) => JsonNode.Parse(text)?.AsObject() ?? [];

    static InvalidInputError? PoleHeight(JsonObject? attributes)
    {
        if (attributes is null || !attributes.TryGetPropertyValue("pole_height_m", out var node))
            return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is >= MinPoleHeightM and <= MaxPoleHeightM)
            return null;
        var sent = node?.ToJsonString() ?? "null";
        return Problems.Invalid(
            string.Create(CultureInfo.InvariantCulture, $"杆高 pole_height_m 必须是 {MinPoleHeightM}–{MaxPoleHeightM} 米之间的数字，收到的是 {sent}"),
            string.Create(CultureInfo.InvariantCulture, $"pole_height_m must be a number of metres from {MinPoleHeightM} to {MaxPoleHeightM}, got {sent}"),
            "attributes.pole_height_m");
    }

    // NTS applies the same OGC rules as the table's ST_IsValid CHECK (GeometryChecks does the same).
    static InvalidGeometryError? LineValidity(Geometry line)
    {
        if (line.IsEmpty)
            return InvalidGeometryError.Of("Empty", null, null, LineField);
        var error = new IsValidOp(line).ValidationError;
        return error is null ? null
            : InvalidGeometryError.Of(error.Message, error.Coordinate is { } c ? StorageGeometry.Factory.CreatePoint(c) : null, null, LineField);
    }

    [GeneratedRegex("^[0-9A-Za-z-]{4,32}$")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex ClassCodePattern();
}
