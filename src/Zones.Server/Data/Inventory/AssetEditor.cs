using System.Globalization;
using Npgsql;
using Zones.Server.Data.Editing;
using static Zones.Server.Data.Editing.EditDb;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Inventory;

/// <summary>
/// Writes of 部件 (issue #4 §5): create, update (full replacement, <c>expectedVersion</c>), retire.
/// Every write is one transaction named after the actor; the audit trigger logs it.
/// </summary>
public sealed partial class AssetEditor(NpgsqlDataSource db)
{
    static readonly Dictionary<string, (string Zh, string En)> References = new()
    {
        ["townshipCode"] = ("乡镇", "township"), ["maintainerUnitId"] = ("养护单位", "maintaining unit"),
        ["ownerUnitId"] = ("权属单位", "owning unit"), ["roadId"] = ("在用路段", "road segment in service"),
    };

    public Task<AssetPayload> CreateAssetAsync(Actor actor, CreateAssetInput input, CancellationToken ct) =>
        db.WriteAsync(actor, InventoryChecks.Asset(input.Fields), tx => CreateAsync(tx, input, ct), Fail(input.Fields), ct);

    public Task<AssetPayload> UpdateAssetAsync(Actor actor, UpdateAssetInput input, CancellationToken ct) =>
        db.WriteAsync(actor, InventoryChecks.Asset(input.Fields), tx => UpdateAsync(tx, input, ct), Fail(input.Fields), ct);

    /// <summary>Takes the asset out of service (<c>retired_at = now()</c>); the row and its history stay.</summary>
    public Task<AssetPayload> RetireAssetAsync(Actor actor, RetireInput input, CancellationToken ct) =>
        db.WriteAsync(actor, tx => RetireAsync(tx, input, ct), AssetPayload.Fail, ct);

    async Task<AssetPayload> CreateAsync(NpgsqlTransaction tx, CreateAssetInput input, CancellationToken ct)
    {
        if (await tx.RefusalAsync(input.TownshipCode, ct) is { } refused)
            return AssetPayload.Fail(refused);
        if (await MissingReferenceAsync(tx, input.TownshipCode, input.Fields, ct) is { } missing)
            return AssetPayload.Fail(missing);
        return new(await tx.FirstAsync(InsertSql, [P(input.TownshipCode), .. Values(input.Fields)], Read, ct), []);
    }

    async Task<AssetPayload> UpdateAsync(NpgsqlTransaction tx, UpdateAssetInput input, CancellationToken ct)
    {
        var current = await LockAsync(tx, input.Id, input.ExpectedVersion, ct);
        if (current.Failed)
            return new(null, current.Errors);
        if (await MissingReferenceAsync(tx, current.Value!, input.Fields, ct) is { } missing)
            return AssetPayload.Fail(missing);
        return new(await tx.FirstAsync(UpdateSql, [P(input.Id), .. Values(input.Fields)], Read, ct), []);
    }

    async Task<AssetPayload> RetireAsync(NpgsqlTransaction tx, RetireInput input, CancellationToken ct)
    {
        var current = await LockAsync(tx, input.Id, input.ExpectedVersion, ct);
        return current.Failed ? new(null, current.Errors) : new(await tx.FirstAsync(RetireSql, [P(input.Id)], Read, ct), []);
    }

    static async Task<Step<string>> LockAsync(NpgsqlTransaction tx, long id, int expected, CancellationToken ct) =>
        await InventoryChecks.CurrentAsync(tx, await tx.FirstAsync(LockSql, [P(id)],
            r => new LockedRow(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetBoolean(3)), ct), id, expected, "部件", "Asset", ct);

    static async Task<NotFoundError?> MissingReferenceAsync(NpgsqlTransaction tx, string townshipCode, AssetFields f, CancellationToken ct)
    {
        var field = await tx.FirstAsync(MissingReferenceSql, [P(townshipCode), P(f.MaintainerUnitId), P(f.OwnerUnitId), P(f.RoadId)],
                                        r => r.Text(0), ct);
        if (field is null)
            return null;
        var (zh, en) = References[field];
        long? refId = field switch
        {
            "maintainerUnitId" => f.MaintainerUnitId, "ownerUnitId" => f.OwnerUnitId, "roadId" => f.RoadId, _ => null,
        };
        var id = refId?.ToString(CultureInfo.InvariantCulture) ?? townshipCode;
        return new($"找不到{zh}“{id}”（本乡镇内、未撤销的）。请检查 {field}。No {en} \"{id}\" in the township: check {field}.",
                   field);
    }

    static Func<UserError, AssetPayload> Fail(AssetFields f) => e => AssetPayload.Fail(DbErrors.WithValue(e, f.Identifier));

    static NpgsqlParameter[] Values(AssetFields f) =>
        [P(DbCodes.Code(f.Kind)), P(f.Subtype), P(f.ClassCode), P(f.Identifier), P(f.Name), P(DbCodes.Code(f.Status)),
         P(f.MaintainerUnitId), P(f.OwnerUnitId), P(f.RoadId), P(f.InstallDate), P(f.Attributes?.ToJsonString()), Geom(f.Location)];

    static AssetRecord Read(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), DbCodes.Parse<AssetKind>(r.GetString(2)), r.Text(3), r.GetString(4), r.GetString(5),
            r.Text(6), DbCodes.Parse<AssetStatus>(r.GetString(7)), r.GetFieldValue<DateTimeOffset>(8), r.Nullable<long>(9),
            r.Nullable<long>(10), r.Nullable<long>(11), r.Nullable<DateOnly>(12), InventoryChecks.ReadJson(r.GetString(13)),
            (NetTopologySuite.Geometries.Point)r.GeometryOrNull(14)!, r.GetInt32(15), r.GetFieldValue<DateTimeOffset>(16),
            r.GetFieldValue<DateTimeOffset>(17), r.Nullable<DateTimeOffset>(18));
}
