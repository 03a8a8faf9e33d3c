using System.Globalization;
using NetTopologySuite.Geometries;

namespace Zones.Server.Data.Editing;

/// <summary>Number formats of the user messages: invariant culture, coordinates to 1 cm, areas to 0.1 m².</summary>
static class Say
{
    /// <summary><c>(119.6012345, 30.6021)</c>.</summary>
    public static string At(Coordinate c) =>
        string.Create(CultureInfo.InvariantCulture, $"({c.X:0.#######}, {c.Y:0.#######})");

    /// <summary><c>1000.5 m²</c>.</summary>
    public static string Area(double m2) => string.Create(CultureInfo.InvariantCulture, $"{m2:0.#} m²");

    /// <summary><c>2026-03-01 08:00</c> in China time (+08:00), as clerks read it.</summary>
    public static string Time(DateTimeOffset t) =>
        t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary><c>“东片”、“西片”</c> and <c>"East", "West"</c>: names quoted for each language.</summary>
    public static (string Zh, string En) Names(IEnumerable<string> names)
    {
        var list = names.ToList();
        return (string.Join("、", list.Select(n => $"“{n}”")), string.Join(", ", list.Select(n => $"\"{n}\"")));
    }
}
