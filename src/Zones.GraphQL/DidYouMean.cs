namespace Zones.GraphQL;

/// <summary>
/// graphql-js's "Did you mean …?" suggestions: <c>suggestionList</c> (options within a
/// Damerau–Levenshtein distance of 40% of the input, closest first, ties in natural order) and
/// <c>didYouMean</c> (at most five, quoted, joined with "or").
/// Spec: https://spec.graphql.org/September2025/#sec-Input-Values
/// </summary>
public static class DidYouMean
{
    const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, best first.</summary>
    public static IReadOnlyList<string> Suggestions(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (Distance(input, option, threshold) is { } distance)
                distances.TryAdd(option, distance);
        }
        return distances.Keys
            .OrderBy(o => distances[o])
            .ThenBy(o => o, Comparer<string>.Create(NaturalCompare))
            .ToArray();
    }

    /// <summary><c>" Did you mean "a", "b", or "c"?"</c>, or empty without suggestions.</summary>
    public static string Format(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        var message = " Did you mean " + (subMessage is null ? "" : subMessage + " ");
        switch (quoted.Count)
        {
            case 0:
                return "";
            case 1:
                return message + quoted[0] + "?";
            case 2:
                return message + quoted[0] + " or " + quoted[1] + "?";
        }
        var selected = quoted.Take(MaxSuggestions).ToList();
        return message + string.Join(", ", selected.Take(selected.Count - 1)) + ", or " + selected[^1] + "?";
    }

    /// <summary>Optimal string alignment distance, case changes counting as one edit; null above the threshold.</summary>
    static int? Distance(string input, string option, int threshold)
    {
        if (input == option)
            return 0;
        var a = option.ToLowerInvariant();
        var b = input.ToLowerInvariant();
        if (a == b)
            return 1;
        if (a.Length < b.Length)
            (a, b) = (b, a);
        if (a.Length - b.Length > threshold)
            return null;
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }
            if (smallest > threshold)
                return null;
        }
        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }

    /// <summary>graphql-js <c>naturalCompare</c>: digit runs compare by numeric value.</summary>
    static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (x, nextI) = ReadNumber(a, i);
                var (y, nextJ) = ReadNumber(b, j);
                if (x != y)
                    return x < y ? -1 : 1;
                (i, j) = (nextI, nextJ);
            }
            else
            {
                if (a[i] != b[j])
                    return a[i] < b[j] ? -1 : 1;
                i++;
                j++;
            }
        }
        return a.Length - b.Length;
    }

    // Like graphql-js, a run stops after a leading zero ("007" reads as 0, then "07").
    static (long Value, int Next) ReadNumber(string text, int index)
    {
        long value = 0;
        do
        {
            value = value * 10 + (text[index] - '0');
            index++;
        }
        while (index < text.Length && char.IsAsciiDigit(text[index]) && value > 0);
        return (value, index);
    }
}
