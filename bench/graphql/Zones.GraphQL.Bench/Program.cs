// Zones.GraphQL side of the benchmark against graphql-js (see bench/README.md). Same schema, data,
// resolvers and documents as ../graphqljs.mjs.
//   Zones.GraphQL.Bench emit DIR          write the JSON results of the checked workloads
//   Zones.GraphQL.Bench bench OUT.json    time every workload (BENCH_SECONDS, BENCH_WARMUP)
using System.Diagnostics;
using System.Text.Json;
using Zones.GraphQL;
using Zones.GraphQL.Execution;
using Zones.GraphQL.Language;
using Zones.GraphQL.Language.Ast;
using Zones.GraphQL.Types;
using Zones.GraphQL.Validation;

var root = FindBenchDirectory();
string Read(string path) => File.ReadAllText(Path.Combine(root, path));

// ---- data: 100 zones x 20 assets, deterministic, identical to the JS side ----
string[] zoneKinds = ["RESIDENTIAL", "COMMERCIAL", "INDUSTRIAL", "PARK"];
string[] assetKinds = ["SENSOR", "CAMERA", "LIGHT", "GATE", "METER"];
var zones = new List<Zone>();
var zonesById = new Dictionary<string, Zone>();
var assetsById = new Dictionary<string, Asset>();
for (var i = 0; i < 100; i++)
{
    var zone = new Zone
    {
        Id = $"Z{i}",
        Name = $"Zone {i}",
        Code = $"ZN-{i:000}",
        Kind = zoneKinds[i % 4],
        Area = i * 1.25 + 0.5,
        Population = 1000 + i * 37,
        Active = i % 3 != 0,
        Tags = [$"t{i % 5}", $"t{i % 7}"],
        Center = new GeoPoint { Lat = 48 + i / 64.0, Lon = 2 + i / 128.0 },
        Parent = i >= 10 ? zones[i % 10] : null,
        AssetCount = 20,
    };
    for (var j = 0; j < 20; j++)
    {
        var n = i * 20 + j;
        var asset = new Asset
        {
            Id = $"A{i}-{j}",
            Name = $"Asset {i}-{j}",
            Serial = $"SN{n}",
            Kind = assetKinds[(i + j) % 5],
            Value = n * 0.5,
            Active = j % 4 != 0,
            InstalledYear = 2000 + (i + j) % 25,
            Location = new GeoPoint { Lat = zone.Center.Lat + j / 1024.0, Lon = zone.Center.Lon + j / 2048.0 },
            Zone = zone,
        };
        zone.Assets.Add(asset);
        assetsById[asset.Id] = asset;
    }
    zones.Add(zone);
    zonesById[zone.Id] = zone;
}

// ---- schema (SDL-first) + resolvers: the only non-default resolvers; both sides have the same ones ----
static int? Int(IReadOnlyDictionary<string, object?> args, string name) =>
    args.GetValueOrDefault(name) is { } v ? Convert.ToInt32(v) : null;
static object? Arg(IReadOnlyDictionary<string, object?> args, string name) => args.GetValueOrDefault(name);

var schema = SchemaBuilder.Build(Read("schema.graphql"));
schema.Resolve("Query.zones", ctx =>
{
    IEnumerable<Zone> list = zones;
    if (Arg(ctx.Arguments, "filter") is IReadOnlyDictionary<string, object?> filter)
    {
        var kind = Arg(filter, "kind") as string;
        var minPopulation = Int(filter, "minPopulation");
        var active = Arg(filter, "active") as bool?;
        var tag = Arg(filter, "tag") as string;
        list = list.Where(z => (kind is null || z.Kind == kind) && (minPopulation is null || z.Population >= minPopulation)
            && (active is null || z.Active == active) && (tag is null || z.Tags.Contains(tag)));
    }
    var first = Int(ctx.Arguments, "first");
    return new ValueTask<object?>(first is null ? list as List<Zone> ?? list.ToList() : list.Take(first.Value).ToList());
});
schema.Resolve("Query.zone", ctx => new ValueTask<object?>(zonesById.GetValueOrDefault((string)ctx.Arguments["id"]!)));
schema.Resolve("Query.asset", ctx => new ValueTask<object?>(assetsById.GetValueOrDefault((string)ctx.Arguments["id"]!)));
schema.Resolve("Query.node", ctx =>
{
    var id = (string)ctx.Arguments["id"]!;
    return new ValueTask<object?>(zonesById.GetValueOrDefault(id) as object ?? assetsById.GetValueOrDefault(id));
});
schema.Resolve("Query.search", ctx =>
{
    var text = (string)ctx.Arguments["text"]!;
    var limit = Int(ctx.Arguments, "limit")!.Value;
    var output = new List<object>();
    foreach (var z in zones)
    {
        if (output.Count >= limit) break;
        if (z.Name.Contains(text, StringComparison.Ordinal)) output.Add(z);
        foreach (var a in z.Assets)
        {
            if (output.Count >= limit) break;
            if (a.Name.Contains(text, StringComparison.Ordinal)) output.Add(a);
        }
    }
    return new ValueTask<object?>(output);
});
schema.Resolve("Zone.assets", ctx =>
{
    var zone = (Zone)ctx.Source!;
    var kind = Arg(ctx.Arguments, "kind") as string;
    var first = Int(ctx.Arguments, "first");
    IEnumerable<Asset> list = kind is null ? zone.Assets : zone.Assets.Where(a => a.Kind == kind);
    return new ValueTask<object?>(first is null ? list as List<Asset> ?? list.ToList() : list.Take(first.Value).ToList());
});
((IAbstractType)schema.GetType("Node")!).ResolveType = (v, _) => v is Zone ? "Zone" : "Asset";
((IAbstractType)schema.GetType("SearchResult")!).ResolveType = (v, _) => v is Zone ? "Zone" : "Asset";

// ---- documents ----
var large = Read("documents/large.graphql");
var nested = Read("documents/nested.graphql");
var small = Read("documents/small.graphql");
var smallVariables = new Dictionary<string, object?> { ["id"] = "Z42" };
var introspection = Read("documents/introspection.graphql");
var largeDoc = Parser.Parse(new Source(large));
var nestedDoc = Parser.Parse(new Source(nested));

if (SchemaValidator.Validate(schema) is { Count: > 0 } schemaErrors)
    throw new InvalidOperationException($"Invalid schema: {schemaErrors[0].Message}");
if (Validator.Validate(schema, largeDoc) is { Count: > 0 } validationErrors)
    throw new InvalidOperationException($"large.graphql is invalid: {validationErrors[0].Message}");

ExecutionResult Execute(DocumentNode document, IReadOnlyDictionary<string, object?>? variables = null) =>
    Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, VariableValues = variables }).GetAwaiter().GetResult();

string Pipeline(string source, IReadOnlyDictionary<string, object?>? variables = null)
{
    var document = Parser.Parse(new Source(source));
    var errors = Validator.Validate(schema, document);
    var result = errors.Count > 0 ? ExecutionResult.FromErrors(errors) : Execute(document, variables);
    return result.ToJson();
}

(string Key, string Name, Func<object?> Run)[] workloads =
[
    ("parse", $"parse {large.Length} B document", () => Parser.Parse(new Source(large))),
    ("validate", "validate it (all specified rules)", () => Validator.Validate(schema, largeDoc)),
    ("execute", "execute nested query (2,200 objects)", () => Execute(nestedDoc)),
    ("pipeline", "small query: parse+validate+execute+JSON", () => Pipeline(small, smallVariables)),
    ("introspection", "introspection query end to end", () => Pipeline(introspection)),
];

switch (args)
{
    case ["emit", var dir]:
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "execute.json"), Execute(nestedDoc).ToJson());
        File.WriteAllText(Path.Combine(dir, "pipeline.json"), Pipeline(small, smallVariables));
        File.WriteAllText(Path.Combine(dir, "introspection.json"), Pipeline(introspection));
        return 0;
    case ["bench", var output]:
        var seconds = double.Parse(Environment.GetEnvironmentVariable("BENCH_SECONDS") ?? "2", System.Globalization.CultureInfo.InvariantCulture);
        var warmup = double.Parse(Environment.GetEnvironmentVariable("BENCH_WARMUP") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
        var results = new List<object>();
        foreach (var (key, name, run) in workloads)
        {
            Time(run, warmup);
            var (ops, ms) = Time(run, seconds);
            var opsPerSecond = ops * 1000 / ms;
            var mean = ms * 1000 / ops;
            results.Add(new { key, name, ops, opsPerSecond, meanMicroseconds = mean });
            Console.Error.WriteLine($"  Zones      {key,-14} {opsPerSecond,10:F1} ops/s {mean,10:F1} us/op");
        }
        var report = new { engine = "Zones.GraphQL", runtime = $".NET {Environment.Version}", results };
        File.WriteAllText(output, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        return 0;
    default:
        Console.Error.WriteLine("usage: Zones.GraphQL.Bench emit DIR | bench OUT.json");
        return 2;
}

// Runs in doubling batches for the first 50 ms, then fixed batches, until the time is up.
static (long Ops, double Ms) Time(Func<object?> run, double seconds)
{
    var stopwatch = Stopwatch.StartNew();
    var end = seconds * 1000;
    long ops = 0;
    var batch = 1;
    var sink = 0;
    double now;
    do
    {
        for (var i = 0; i < batch; i++)
            sink ^= run() is null ? 1 : 0;
        ops += batch;
        now = stopwatch.Elapsed.TotalMilliseconds;
        if (now < 50) batch *= 2;
    } while (now < end);
    if (sink == -1) Console.WriteLine(sink);
    return (ops, now);
}

// BENCH_DIR, else bench/graphql found from the current directory or the binary upwards.
static string FindBenchDirectory()
{
    if (Environment.GetEnvironmentVariable("BENCH_DIR") is { Length: > 0 } env)
        return env;
    foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "schema.graphql")) && File.Exists(Path.Combine(dir.FullName, "graphqljs.mjs")))
                return dir.FullName;
            var candidate = Path.Combine(dir.FullName, "bench", "graphql");
            if (File.Exists(Path.Combine(candidate, "schema.graphql")))
                return candidate;
        }
    }
    throw new DirectoryNotFoundException("bench/graphql not found; set BENCH_DIR.");
}

sealed class GeoPoint
{
    public double Lat { get; init; }
    public double Lon { get; init; }
}

sealed class Zone
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Code { get; init; }
    public required string Kind { get; init; }
    public double Area { get; init; }
    public int Population { get; init; }
    public bool Active { get; init; }
    public required List<string> Tags { get; init; }
    public required GeoPoint Center { get; init; }
    public Zone? Parent { get; init; }
    public List<Asset> Assets { get; } = [];
    public int AssetCount { get; init; }
}

sealed class Asset
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Serial { get; init; }
    public required string Kind { get; init; }
    public double Value { get; init; }
    public bool Active { get; init; }
    public int InstalledYear { get; init; }
    public required GeoPoint Location { get; init; }
    public required Zone Zone { get; init; }
}
