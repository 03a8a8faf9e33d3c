namespace Zones.DemoData.Core;

/// <summary>
/// SplitMix64: a small, fully specified pseudo-random generator, so the same seed gives the same
/// numbers on every .NET version (System.Random's algorithm is not part of its contract).
/// </summary>
/// <remarks>
/// <see cref="Fork"/> derives an independent stream from the original seed and a name, so adding
/// a draw in one part of the generator never shifts the numbers another part sees.
/// </remarks>
public sealed class Rng
{
    private readonly ulong _seed;
    private ulong _state;

    public Rng(ulong seed)
    {
        _seed = seed;
        _state = seed;
    }

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, n).</summary>
    public int Next(int n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        return (int)((NextULong() >> 11) % (ulong)n);
    }

    /// <summary>An integer in [min, max] (both inclusive).</summary>
    public int Between(int min, int max) => min + Next(max - min + 1);

    public double Range(double min, double max) => min + (max - min) * NextDouble();

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Standard normal deviate (Box–Muller).</summary>
    public double Gaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>Index drawn with probability proportional to its weight.</summary>
    public int Weighted(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights) total += w;
        var x = NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }
        return weights.Count - 1;
    }

    /// <summary>Fisher–Yates shuffle of a copy.</summary>
    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    /// <summary>A new stream that depends only on this stream's seed and <paramref name="name"/>.</summary>
    public Rng Fork(string name)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in name)
        {
            h ^= ch;
            h *= 1099511628211UL;
        }
        var mixer = new Rng(_seed ^ h);
        return new Rng(mixer.NextULong());
    }

    public Rng Fork(string name, int index) => Fork(name + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
