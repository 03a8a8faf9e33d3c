using System.Runtime.CompilerServices;
using System.Text;
using Npgsql;
using Zones.Server.Data;
using Zones.Server.Data.Transfer;
using Zones.Server.Tests.Support;

namespace Zones.Server.Tests.Data.Transfer;

/// <summary>
/// A migrated database of its own for the import/export tests (<c>ZONES_TEST_DB</c>'s database
/// name + <c>_transfer</c>, so <c>zones_test_transfer</c> by default), with two small test
/// townships instead of the demo: the tests do not depend on data/demo, and a suite recreating
/// <c>zones_test</c> cannot pull it away mid-run.
/// <see cref="ResetAsync"/> empties the app tables and seeds units, a road and a zone tree.
/// </summary>
public sealed class TransferDatabase : IAsyncLifetime
{
    public const string Township = "999999004000";
    public const string FreshTownship = "999999004001";

    public string ConnectionString { get; } = TestDatabases.Named("_transfer");

    public NpgsqlDataSource DataSource { get; private set; } = null!;

    /// <summary>A file of data/samples. Found from this source file, so builds with any --artifacts-path find it.</summary>
    public static string Sample(string name) => Path.Combine(Root(), "data", "samples", name);

    static string Root([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Zones.sln")))
                return dir.FullName;
        return PostgisFixture.RepositoryRoot;
    }

    public async Task InitializeAsync() => DataSource = await TestDatabases.CreateMigratedAsync(ConnectionString);

    public async Task DisposeAsync()
    {
        if (DataSource is not null)
            await DataSource.DisposeAsync();
    }

    public Task ResetAsync() => ExecuteAsync(ResetSql);

    /// <summary>Imports text (UTF-8) into <paramref name="township"/> as the system actor, after <paramref name="change"/>.</summary>
    public Task<ImportReport> ImportAsync(TransferTarget target, string text, Func<ImportRequest, ImportRequest>? change = null,
                                          string township = Township, Actor? actor = null) =>
        ImportAsync(target, Encoding.UTF8.GetBytes(text), change, township, actor);

    public Task<ImportReport> ImportAsync(TransferTarget target, byte[] content, Func<ImportRequest, ImportRequest>? change = null,
                                          string township = Township, Actor? actor = null)
    {
        var request = new ImportRequest(target, township, content);
        return new Importer(DataSource).ImportAsync(change?.Invoke(request) ?? request, actor ?? Actor.System, CancellationToken.None);
    }

    public async Task<byte[]> ExportAsync(ExportRequest request)
    {
        using var output = new MemoryStream();
        await new Exporter(DataSource).ExportAsync(request, output, CancellationToken.None);
        return output.ToArray();
    }

    /// <summary>Rows of a zones.* table in a township; <paramref name="table"/> is a test constant.</summary>
    public Task<long> CountAsync(string table, string township = Township) =>
        ScalarAsync<long>($"SELECT count(*) FROM zones.{table} WHERE township_code = '{township}'");

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var cmd = DataSource.CreateCommand(sql);
        await cmd.ExecuteNonQueryAsync();
    }

    // Both townships get the same units, so rows exported from the first import into the second.
    // Only the first has a road and a zone tree (around the samples' 桑溪镇 points) with a primary owner.
    const string ResetSql = """
        TRUNCATE zones.complaint_event, zones.complaint, zones.assignment, zones.asset, zones.road, zones.person,
                 zones.unit, zones.zone_history, zones.zone, zones.audit_log, zones.built_up_area, zones.shop, zones.place CASCADE;
        DELETE FROM zones.township;
        INSERT INTO zones.township (division_code, county_code, name) VALUES
          ('999999004000', '999999', '测试镇'), ('999999004001', '999999', '新测试镇');
        INSERT INTO zones.unit (township_code, code, name, kind)
        SELECT t, u.code, u.name, u.kind FROM unnest(ARRAY['999999004000', '999999004001']) t
        CROSS JOIN (VALUES ('U003', '桑溪镇环境卫生管理所', 'department'), ('U004', '桑溪镇路灯管理所', 'department'),
                           ('U901', '同名物业', 'property_management'), ('U902', '同名物业', 'property_management')) u (code, name, kind);
        INSERT INTO zones.road (township_code, code, name, class, geom) VALUES
          ('999999004000', 'R001', '人民路', 'arterial', 'SRID=4326;LINESTRING(119.800 31.035, 119.810 31.035)');
        INSERT INTO zones.zone (township_code, level, code, name, geom) VALUES
          ('999999004000', 'township', '999999004000', '测试镇', 'SRID=4326;MULTIPOLYGON(((119.79 31.02,119.82 31.02,119.82 31.05,119.79 31.05,119.79 31.02)))');
        INSERT INTO zones.zone (township_code, parent_id, level, code, name, geom)
        SELECT '999999004000', id, 'area', '999999004000001', '东片区',
               'SRID=4326;MULTIPOLYGON(((119.805 31.02,119.82 31.02,119.82 31.05,119.805 31.05,119.805 31.02)))'
        FROM zones.zone WHERE code = '999999004000';
        INSERT INTO zones.assignment (township_code, target_kind, zone_id, unit_id, role, is_primary, valid_from)
        SELECT '999999004000', 'zone', z.id, u.id, 'department', true, '2020-01-01'
        FROM zones.zone z, zones.unit u WHERE z.code = '999999004000001' AND u.code = 'U003' AND u.township_code = '999999004000';
        """;
}

[CollectionDefinition(Name)]
public sealed class TransferCollection : ICollectionFixture<TransferDatabase>
{
    public const string Name = "transfer";
}
