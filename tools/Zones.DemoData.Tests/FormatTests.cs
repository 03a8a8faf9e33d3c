using System.Text;
using System.Text.RegularExpressions;

namespace Zones.DemoData.Tests;

[Collection("demo")]
public sealed partial class FormatTests(DemoFixture demo)
{
    [GeneratedRegex(@"\d\.\d{8,}")] private static partial Regex TooPrecise();

    [Fact]
    public void Files_are_utf8_without_bom_with_lf_line_ends()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        foreach (var file in Directory.GetFiles(demo.Dir))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), file);
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
            strict.GetString(bytes);
        }
    }

    [Fact]
    public void Coordinates_have_at_most_seven_decimals()
    {
        foreach (var file in Directory.GetFiles(demo.Dir, "*.geojson").Append(Path.Combine(demo.Dir, "complaints.csv")))
            Assert.False(TooPrecise().IsMatch(File.ReadAllText(file)), file);
    }

    [Fact]
    public void The_expected_files_are_written()
    {
        string[] expected = ["README.md", "assets.geojson", "assignments.csv", "built_up.geojson", "complaint_events.csv", "complaints.csv",
            "people.csv", "places.geojson", "roads.geojson", "shops.geojson", "township.json", "units.csv", "zones.geojson"];
        Assert.Equal(expected, Directory.GetFiles(demo.Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
