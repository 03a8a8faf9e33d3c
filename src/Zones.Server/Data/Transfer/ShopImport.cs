namespace Zones.Server.Data.Transfer;

/// <summary>
/// 门店 import (门前三包): code, name, address, keeper (店主), phone; a point. Key: the code, retired
/// shops included (as the database's unique index).
/// </summary>
sealed class ShopImport() : TargetImport(TransferTarget.Shops, Shape.Point, "code", "import_shop", "zones.shop")
{
    public override object?[]? Stage(RowReader r)
    {
        var values = new object?[]
        {
            r.Row, r.Required("code"), r.Required("name"), r.Text("address"), r.Text("keeper_name"),
            r.Matching("phone", UnitImport.Phone(), "5–24 位数字（可含 + ( ) - 和空格）", "5 to 24 digits, + ( ) - or blanks"),
            GeometryOf(r),
        };
        return r.Rejected ? null : values;
    }

    public override string StageSql => """
        CREATE TEMP TABLE import_shop (row integer, code text, name text, address text, keeper_name text, phone text,
                                       geom geometry) ON COMMIT DROP
        """;

    public override string[] ResolveSql => ["ANALYZE import_shop"];

    public override string ChecksSql => $"""
        {OutsideTownshipSql("import_shop", "shop")}
        ORDER BY 1
        """;

    public override string MatchSql => """
        SELECT s.row, s.code, h.id FROM import_shop s LEFT JOIN zones.shop h ON h.township_code = $1 AND h.code = s.code
        """;

    protected override IReadOnlyList<Compared> Comparisons { get; } =
    [
        new("name", "e.name", "s.name", "name = s.name"),
        new("address", "e.address", "s.address", "address = s.address"),
        new("keeper_name", "e.keeper_name", "s.keeper_name", "keeper_name = s.keeper_name"),
        new("phone", "e.phone", "s.phone", "phone = s.phone"),
        new(TransferFields.Wkt, Wkt("e.geom"), Wkt("s.geom"), SetGeometry("geom", "s.geom"), Always: true),
    ];

    const string InsertSql = """
        INSERT INTO zones.shop (township_code, code, name, address, keeper_name, phone, geom)
        SELECT $1, s.code, s.name, s.address, s.keeper_name, s.phone, s.geom FROM import_shop s
        JOIN import_match m ON m.row = s.row AND m.action = 'add'
        ORDER BY s.row
        """;

    const string UpdateSql = """
        UPDATE zones.shop t SET {0}
        FROM import_shop s JOIN import_match m ON m.row = s.row
        WHERE t.id = m.id AND m.action = 'change' AND $1 IS NOT NULL
        """;

    public override async Task<int> WriteAsync(ImportSql sql, string townshipCode, Actor actor, FieldMap map) =>
        await sql.ExecAsync(InsertSql, townshipCode) + await sql.ExecAsync(string.Format(UpdateSql, Sets(map)), townshipCode);
}
