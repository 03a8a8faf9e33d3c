namespace Zones.DemoData.Tests;

/// <summary>Generates the demo township once into a temporary folder and reads its files.</summary>
public sealed class DemoFixture : IDisposable
{
    public DemoFixture()
    {
        Dir = Path.Combine(Path.GetTempPath(), "zones-demodata-" + Guid.NewGuid().ToString("N"));
        if (Program.Main(["demo", "--out", Dir]) != 0) throw new InvalidOperationException("demo generation failed");
        Zones = GeoJson.Read(Path.Combine(Dir, "zones.geojson"));
        Roads = GeoJson.Read(Path.Combine(Dir, "roads.geojson"));
        Assets = GeoJson.Read(Path.Combine(Dir, "assets.geojson"));
        Shops = GeoJson.Read(Path.Combine(Dir, "shops.geojson"));
        Places = GeoJson.Read(Path.Combine(Dir, "places.geojson"));
        BuiltUp = GeoJson.Read(Path.Combine(Dir, "built_up.geojson"));
        Units = Csv.Read(Path.Combine(Dir, "units.csv"));
        People = Csv.Read(Path.Combine(Dir, "people.csv"));
        Assignments = Csv.Read(Path.Combine(Dir, "assignments.csv"));
        Complaints = Csv.Read(Path.Combine(Dir, "complaints.csv"));
        Events = Csv.Read(Path.Combine(Dir, "complaint_events.csv"));
        Reference = DateTimeOffset.Parse(System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "township.json")))
            .RootElement.GetProperty("reference_time").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Dir { get; }
    public List<GeoJson.Feature> Zones { get; }
    public List<GeoJson.Feature> Roads { get; }
    public List<GeoJson.Feature> Assets { get; }
    public List<GeoJson.Feature> Shops { get; }
    public List<GeoJson.Feature> Places { get; }
    public List<GeoJson.Feature> BuiltUp { get; }
    public List<Dictionary<string, string?>> Units { get; }
    public List<Dictionary<string, string?>> People { get; }
    public List<Dictionary<string, string?>> Assignments { get; }
    public List<Dictionary<string, string?>> Complaints { get; }
    public List<Dictionary<string, string?>> Events { get; }
    public DateTimeOffset Reference { get; }

    public IEnumerable<GeoJson.Feature> Level(string level) => Zones.Where(z => z.Str("level") == level);

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

[CollectionDefinition("demo")]
public sealed class DemoCollection : ICollectionFixture<DemoFixture>;
