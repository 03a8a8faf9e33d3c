using System.Globalization;

namespace Zones.DemoData.Cli;

/// <summary>"--name value" pairs after the command word.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public Arguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (!list[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= list.Count)
                throw new ArgumentException($"expected --name value, got '{list[i]}'");
            _values[list[i][2..]] = list[++i];
        }
    }

    public string String(string name, string? fallback = null) =>
        _values.TryGetValue(name, out var v) ? v : fallback ?? throw new ArgumentException($"--{name} is required");

    public long Long(string name, long? fallback = null) =>
        _values.TryGetValue(name, out var v) ? long.Parse(v, NumberStyles.Integer, CultureInfo.InvariantCulture)
            : fallback ?? throw new ArgumentException($"--{name} is required");
}
