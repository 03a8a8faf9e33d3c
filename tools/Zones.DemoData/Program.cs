using Zones.DemoData.Cli;

namespace Zones.DemoData;

/// <summary>
/// Writes the demo township (<c>demo --out data/demo</c>) or a county-scale benchmark set
/// (<c>county --townships 20 --assets 200000 --complaints 1000000 --seed 42 --out bench/out/county</c>).
/// Same arguments → byte-identical files.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage:
          Zones.DemoData demo --out DIR [--seed N]
          Zones.DemoData county --townships N --assets N --complaints N [--seed N] [--county-code 330522] --out DIR
        """;

    public static int Main(string[] args)
    {
        try
        {
            var rest = new Arguments(args.Skip(1));
            var summary = args.FirstOrDefault() switch
            {
                "demo" => DemoCommand.Run(rest),
                "county" => CountyCommand.Run(rest),
                _ => throw new ArgumentException("unknown command"),
            };
            Console.Out.WriteLine(summary);
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }
}
