namespace Zones.DemoData.Tests;

public sealed class DeterminismTests : IDisposable
{
    private readonly List<string> _temp = [];

    public void Dispose()
    {
        foreach (var dir in _temp.Where(Directory.Exists)) Directory.Delete(dir, recursive: true);
    }

    [Fact]
    public void Two_demo_runs_write_identical_bytes()
    {
        var (a, b) = (Temp(), Temp());
        Assert.Equal(0, Program.Main(["demo", "--out", a]));
        Assert.Equal(0, Program.Main(["demo", "--out", b]));
        AssertSameFiles(a, b);
    }

    [Fact]
    public void Two_small_county_runs_with_the_same_seed_write_identical_bytes()
    {
        var (a, b) = (Temp(), Temp());
        string[] Args(string dir) => ["county", "--townships", "2", "--assets", "6000", "--complaints", "3000", "--seed", "7", "--out", dir];
        Assert.Equal(0, Program.Main(Args(a)));
        Assert.Equal(0, Program.Main(Args(b)));
        AssertSameFiles(a, b);
        Assert.Equal(2, Directory.GetDirectories(a).Length);
    }

    [Fact]
    public void County_runs_hit_the_asset_and_complaint_totals_exactly()
    {
        var dir = Temp();
        Assert.Equal(0, Program.Main(["county", "--townships", "2", "--assets", "6001", "--complaints", "3001", "--seed", "9", "--out", dir]));
        var folders = Directory.GetDirectories(dir).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6001, folders.Sum(f => GeoJson.Read(Path.Combine(f, "assets.geojson")).Count));
        Assert.Equal(3001, folders.Sum(f => Csv.Read(Path.Combine(f, "complaints.csv")).Count));
        Assert.Equal(["330522101000", "330522102000"], folders.Select(Path.GetFileName));
    }

    [Fact]
    public void A_different_seed_gives_different_data()
    {
        var (a, b) = (Temp(), Temp());
        Assert.Equal(0, Program.Main(["demo", "--out", a]));
        Assert.Equal(0, Program.Main(["demo", "--out", b, "--seed", "5"]));
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "zones.geojson")), File.ReadAllBytes(Path.Combine(b, "zones.geojson")));
    }

    /// <summary>The committed data/demo is what the generator writes today (regenerate it after changing the generator).</summary>
    [Fact]
    public void Committed_demo_matches_a_fresh_run()
    {
        var fresh = Temp();
        Assert.Equal(0, Program.Main(["demo", "--out", fresh]));
        AssertSameFiles(fresh, Path.Combine(RepoRoot(), "data", "demo"));
    }

    // Above the test binaries, or above this source file when they are built elsewhere (--artifacts-path).
    internal static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(source) ?? "" })
        {
            var dir = new DirectoryInfo(start);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Zones.sln"))) dir = dir.Parent;
            if (dir != null) return dir.FullName;
        }
        throw new DirectoryNotFoundException("Zones.sln not found above the test binaries or their sources");
    }

    private string Temp()
    {
        var dir = Path.Combine(Path.GetTempPath(), "zones-demodata-" + Guid.NewGuid().ToString("N"));
        _temp.Add(dir);
        return dir;
    }

    private static void AssertSameFiles(string a, string b)
    {
        var names = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal));
        foreach (var name in names)
            Assert.True(File.ReadAllBytes(Path.Combine(a, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, name))), name + " differs");
    }
}
