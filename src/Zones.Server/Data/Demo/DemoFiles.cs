using System.Text.Json;

namespace Zones.Server.Data.Demo;

/// <summary>
/// The files of a demo township folder (data/demo, or one township of the county generator) and
/// the exact CSV headers the loader accepts. Layout: data/demo/README.md.
/// </summary>
sealed record DemoFiles(string Folder)
{
    public static readonly string[] UnitColumns = ["code", "name", "kind", "phone", "parent_code"];
    public static readonly string[] PersonColumns = ["code", "name", "title", "phone", "unit_code"];
    public static readonly string[] AssignmentColumns =
        ["target_kind", "target_code", "owner_kind", "owner_code", "role", "is_primary", "valid_from", "valid_to", "note"];
    public static readonly string[] ComplaintColumns =
    [
        "case_number", "lon", "lat", "category_kind", "category_code", "source", "description", "address", "urgency",
        "asset_identifier", "stage", "reported_at", "deadline", "disposed_at", "closed_at", "rework_count",
        "extension_count", "reporter_name", "reporter_phone",
    ];
    public static readonly string[] EventColumns = ["case_number", "at", "action", "from_stage", "to_stage", "actor", "note"];

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    /// <summary>township.json: division code, county code and name (county_name optional), name and the reference time the data was written for.</summary>
    public DemoTownship ReadTownship()
    {
        var file = Path("township.json");
        if (!File.Exists(file))
            throw new DemoDataException($"{file} is missing: is '{Folder}' a demo township folder?");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var root = doc.RootElement;
        string Text(string key) => root.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new DemoDataException($"{file}: \"{key}\" is missing or not a string.");
        return new DemoTownship(Text("division_code"), Text("county_code"), Text("name"),
                                DateTimeOffset.Parse(Text("reference_time"), System.Globalization.CultureInfo.InvariantCulture),
                                root.TryGetProperty("county_name", out var county) && county.ValueKind == JsonValueKind.String ? county.GetString() : null);
    }

    /// <summary>Reads a CSV file's header and checks it is exactly <paramref name="columns"/>.</summary>
    public string ReadCsv(string name, string[] columns)
    {
        var file = Path(name);
        if (!File.Exists(file))
            throw new DemoDataException($"{file} is missing.");
        var text = File.ReadAllText(file).TrimStart('\uFEFF');
        var header = text[..Math.Max(0, text.IndexOf('\n'))].TrimEnd('\r');
        if (header != string.Join(',', columns))
            throw new DemoDataException($"{file}: header is '{header}', expected '{string.Join(',', columns)}'.");
        return text;
    }

    /// <summary>The features of a GeoJSON FeatureCollection as (properties JSON, geometry JSON) pairs.</summary>
    public IEnumerable<(string Properties, string Geometry)> ReadFeatures(string name, bool required = true)
    {
        var file = Path(name);
        if (!File.Exists(file))
            return required ? throw new DemoDataException($"{file} is missing.") : [];
        using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
        if (!doc.RootElement.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            throw new DemoDataException($"{file} is not a GeoJSON FeatureCollection (no \"features\" array).");
        return features.EnumerateArray()
            .Select(f => (f.GetProperty("properties").GetRawText(), f.GetProperty("geometry").GetRawText()))
            .ToList();
    }
}

sealed record DemoTownship(string DivisionCode, string CountyCode, string Name, DateTimeOffset ReferenceTime, string? CountyName = null);

/// <summary>A demo file that is missing or malformed; the message names the file and what is wrong.</summary>
sealed class DemoDataException(string message) : Exception(message);
