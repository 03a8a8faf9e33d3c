namespace Zones.Server.Data.Query;

/// <summary>
/// The tables the API lists, with the columns each row is read from and the sorts each offers.
/// Column order matches the row records; <c>id</c> is always first (the cursor reads it there).
/// </summary>
public static class Sources
{
    public static readonly ListSource<ZoneRow> Zones = new(
        "zones.zone t", "t.valid_to IS NULL",
        "t.id, t.township_code, t.parent_id, t.level, t.code, t.name, t.status, t.version, t.valid_from, t.valid_to, " +
        "t.geom, ST_Area(t.geom::geography)",
        r => new ZoneRow(r.GetInt64(0), r.GetString(1), r.Long(2), r.GetString(3), r.GetString(4), r.GetString(5),
                         r.GetString(6), r.GetInt32(7), r.Time(8), r.TimeOrNull(9), r.Geometry(10), r.GetDouble(11)),
        new Dictionary<string, SortKey>
        {
            ["id"] = SortKey.Id,
            ["code"] = new("t.code", "text"),
            ["name"] = new("t.name", "text"),
            ["area"] = new("ST_Area(t.geom::geography)", "float8"),
        });

    public static readonly ListSource<RoadRow> Roads = new(
        "zones.road t", "t.retired_at IS NULL",
        "t.id, t.township_code, t.code, t.name, t.class, t.version, t.geom, t.length_m, t.source, t.target",
        r => new RoadRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt32(5),
                         r.Geometry(6), r.GetDouble(7), r.Long(8), r.Long(9)),
        new Dictionary<string, SortKey>
        {
            ["id"] = SortKey.Id,
            ["code"] = new("t.code", "text"),
            ["name"] = new("t.name", "text"),
            ["length"] = new("t.length_m", "float8"),
            ["distance"] = SortKey.Distance,
        });

    public static readonly ListSource<AssetRow> Assets = new(
        "zones.asset t", "t.retired_at IS NULL",
        "t.id, t.township_code, t.kind, t.subtype, t.class_code, t.identifier, t.name, t.status, t.status_since, " +
        "t.maintainer_unit_id, t.owner_unit_id, t.road_id, t.install_date, t.attributes::text, t.version, t.retired_at, " +
        "t.geom",
        r => new AssetRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.Text(3), r.GetString(4), r.GetString(5),
                          r.Text(6), r.GetString(7), r.Time(8), r.Long(9), r.Long(10), r.Long(11), r.Date(12),
                          r.GetString(13), r.GetInt32(14), r.TimeOrNull(15), r.Geometry(16)),
        new Dictionary<string, SortKey>
        {
            ["id"] = SortKey.Id,
            ["identifier"] = new("t.identifier", "text"),
            ["installDate"] = new("t.install_date", "date"),
            ["statusSince"] = new("t.status_since", "timestamptz"),
            ["distance"] = SortKey.Distance,
        });

    public static readonly ListSource<ComplaintRow> Complaints = new(
        """
        zones.complaint t
        LEFT JOIN LATERAL zones.category_of(t.township_code, t.category_kind, t.category_code) cat ON true
        """,
        "true",
        "t.id, t.township_code, t.case_number, t.category_kind, t.category_code, cat.name, t.source, t.description, " +
        "t.address, t.urgency, t.asset_id, t.zone_id, t.first_responsible_person_id, t.first_responsible_unit_id, " +
        "t.responsible_person_id, t.responsible_unit_id, t.stage, t.reported_at, t.stage_deadline, t.deadline, " +
        "t.disposed_at, t.closed_at, t.updated_at, t.rework_count, t.extension_count, t.version, t.geom, " +
        "zones.complaint_is_overdue(t.stage, t.deadline, t.disposed_at, now()), t.reporter_name, t.reporter_phone, t.reporter_count",
        r => new ComplaintRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.Text(5),
                              r.GetString(6), r.GetString(7), r.Text(8), r.GetString(9), r.Long(10), r.Long(11),
                              r.Long(12), r.Long(13), r.Long(14), r.Long(15), r.GetString(16), r.Time(17),
                              r.TimeOrNull(18), r.TimeOrNull(19), r.TimeOrNull(20), r.TimeOrNull(21), r.Time(22),
                              r.GetInt32(23), r.GetInt32(24), r.GetInt32(25), r.Geometry(26), r.GetBoolean(27), r.Text(28), r.Text(29),
                              r.GetInt32(30)),
        new Dictionary<string, SortKey>
        {
            ["id"] = SortKey.Id,
            ["reportedAt"] = new("t.reported_at", "timestamptz"),
            ["deadline"] = new("t.deadline", "timestamptz"),
            ["distance"] = SortKey.Distance,
        });

    public static readonly ListSource<PersonRow> People = new(
        "zones.person t", "t.retired_at IS NULL",
        "t.id, t.township_code, t.code, t.name, t.title, t.phone, t.unit_id, t.retired_at",
        r => new PersonRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.Text(4), r.Text(5), r.Long(6), r.TimeOrNull(7)),
        new Dictionary<string, SortKey> { ["id"] = SortKey.Id, ["name"] = new("t.name", "text") });

    /// <summary>People, the retired ones too (<c>people(includeRetired: true)</c>).</summary>
    public static readonly ListSource<PersonRow> PeopleWithRetired = People with { LiveWhere = "true" };

    public static readonly ListSource<UnitRow> Units = new(
        "zones.unit t", "t.retired_at IS NULL",
        "t.id, t.township_code, t.code, t.name, t.kind, t.phone, t.parent_id, t.retired_at",
        r => new UnitRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.Text(5), r.Long(6), r.TimeOrNull(7)),
        new Dictionary<string, SortKey> { ["id"] = SortKey.Id, ["name"] = new("t.name", "text") });

    /// <summary>Units, the retired ones too (<c>units(includeRetired: true)</c>).</summary>
    public static readonly ListSource<UnitRow> UnitsWithRetired = Units with { LiveWhere = "true" };
}
