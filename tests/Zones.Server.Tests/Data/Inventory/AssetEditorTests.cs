using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using Zones.Server.Data;
using Zones.Server.Data.Editing;
using Zones.Server.Data.Inventory;
using Zones.Server.Tests.Data.Editing;
using static Zones.Server.Tests.Data.Editing.TestTownship;

namespace Zones.Server.Tests.Data.Inventory;

/// <summary>Asset writes and their typed errors, on a hand-built township.</summary>
[Collection(EditingDatabase.Collection)]
public class AssetEditorTests(EditingDatabase db) : TownshipTests(db)
{
    AssetEditor Editor => new(Db);

    static AssetFields Bin(AssetStatus status = AssetStatus.Good, long? maintainer = null, Geometry? at = null, string? name = null) =>
        new(AssetKind.Bin, "0305", "9999990305000001", at ?? Local("POINT(100 100)"), Name: name, Status: status,
            MaintainerUnitId: maintainer);

    static AssetFields Light(double poleHeight) =>
        new(AssetKind.Streetlight, "0118", "9999990118000001", Local("POINT(200 100)"), Attributes: new() { ["pole_height_m"] = poleHeight });

    Task<AssetPayload> CreateAsync(AssetFields fields) => Editor.CreateAssetAsync(Town.Actor, new(Town.Code, fields), default);

    [Fact]
    public async Task A_new_asset_is_stored_with_version_1_and_audited_with_its_actor()
    {
        var asset = (await CreateAsync(Bin(maintainer: Town.UnitA))).Asset!;
        Assert.Equal((AssetKind.Bin, AssetStatus.Good, Town.UnitA, 1), (asset.Kind, asset.Status, asset.MaintainerUnitId!.Value, asset.Version));
        Assert.Equal(1, await Town.AuditRowsAsync("asset", asset.Id));
    }

    [Fact]
    public async Task A_duplicate_identifier_is_a_duplicate_error_and_writes_nothing()
    {
        await CreateAsync(Bin());
        var before = await Town.CountsAsync();
        var error = Single<DuplicateError>(await CreateAsync(Bin()));
        Assert.Equal(("identifier", "9999990305000001", before), (error.Field, error.Value, await Town.CountsAsync()));
    }

    [Fact]
    public async Task An_unknown_maintainer_is_not_found_naming_the_field() =>
        Assert.Equal("maintainerUnitId", Single<NotFoundError>(await CreateAsync(Bin(maintainer: -1))).Field);

    [Fact]
    public async Task A_line_is_not_an_asset_location() =>
        Assert.Equal(["Point"], Single<GeometryTypeError>(await CreateAsync(Bin(at: Local("LINESTRING(0 0,1 1)")))).Expected);

    [Fact]
    public async Task A_45_m_pole_is_invalid_input_naming_the_field()
    {
        var error = Single<InvalidInputError>(await CreateAsync(Light(45)));
        Assert.Equal("attributes.pole_height_m", error.Field);
        Assert.Contains("pole_height_m must be a number of metres from 2 to 30, got 45", error.Message);
        Assert.Empty((await CreateAsync(Light(8))).Errors);
    }

    [Fact]
    public async Task An_unlit_bin_breaks_a_database_rule_named_in_the_error()
    {
        var error = Single<ConstraintViolationError>(await CreateAsync(Bin(AssetStatus.Unlit)));
        Assert.Equal("asset_check", error.Constraint);
        Assert.Contains("only streetlights and landscape lights can be unlit", error.Message);
    }

    [Fact]
    public async Task A_status_change_restarts_status_since_and_other_changes_keep_it()
    {
        var created = (await CreateAsync(Bin())).Asset!;
        var renamed = (await Editor.UpdateAssetAsync(Town.Actor, new(created.Id, 1, Bin(name: "东门垃圾箱")), default)).Asset!;
        var damaged = (await Editor.UpdateAssetAsync(Town.Actor, new(created.Id, 2, Bin(AssetStatus.Damaged)), default)).Asset!;
        Assert.Equal((created.StatusSince, 2), (renamed.StatusSince, renamed.Version));
        Assert.True(damaged.StatusSince > created.StatusSince);
    }

    [Fact]
    public async Task A_move_that_leaves_attributes_out_keeps_the_pole_height()
    {
        var created = (await CreateAsync(Light(8))).Asset!;
        var moved = (await Editor.UpdateAssetAsync(Town.Actor, new(created.Id, 1, Light(8) with { Location = Local("POINT(210 100)"), Attributes = null }), default)).Asset!;
        Assert.Equal((2, 8.0), (moved.Version, (double)moved.Attributes["pole_height_m"]!));
    }

    [Fact]
    public async Task A_stale_version_reports_the_current_one()
    {
        var created = (await CreateAsync(Bin())).Asset!;
        await Editor.UpdateAssetAsync(Town.Actor, new(created.Id, 1, Bin(AssetStatus.Damaged)), default);
        Assert.Equal(2, Single<VersionConflictError>(await Editor.UpdateAssetAsync(Town.Actor, new(created.Id, 1, Bin()), default)).CurrentVersion);
    }

    [Fact]
    public async Task A_retired_asset_keeps_its_row_and_can_no_longer_be_edited()
    {
        var created = (await CreateAsync(Bin())).Asset!;
        Assert.NotNull((await Editor.RetireAssetAsync(Town.Actor, new(created.Id, 1), default)).Asset!.RetiredAt);
        Single<NotFoundError>(await Editor.UpdateAssetAsync(Town.Actor, new(created.Id, 2, Bin()), default));
    }
}
