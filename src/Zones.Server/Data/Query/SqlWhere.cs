using System.Globalization;
using Npgsql;

using static Zones.Server.Data.Sql;

namespace Zones.Server.Data.Query;

/// <summary>
/// Builds the WHERE clause of a list query from constant SQL fragments and positional
/// parameters. A fragment writes its placeholders as <c>{0}</c>, <c>{1}</c>…; they become
/// <c>$n</c> in order of addition. Only the fragments — constants of the stores — are SQL text;
/// every value travels as a parameter.
/// </summary>
public sealed class SqlWhere
{
    readonly List<string> _clauses = [];

    /// <summary>The parameters, in <c>$1…$n</c> order.</summary>
    public List<NpgsqlParameter> Parameters { get; } = [];

    /// <summary>Adds <c>fragment</c> ANDed with the others, binding <paramref name="values"/> to its placeholders.</summary>
    public SqlWhere Add(string fragment, params NpgsqlParameter[] values)
    {
        var names = values.Select(p => { Parameters.Add(p); return (object)$"${Parameters.Count}"; }).ToArray();
        _clauses.Add(string.Format(CultureInfo.InvariantCulture, fragment, names));
        return this;
    }

    /// <summary>Adds the fragment only when <paramref name="value"/> is given.</summary>
    public SqlWhere AddIf<T>(T? value, string fragment) where T : struct =>
        value is { } v ? Add(fragment, P(v)) : this;

    /// <summary>Adds the fragment only when <paramref name="value"/> is not null.</summary>
    public SqlWhere AddIf(string? value, string fragment) => value is not null ? Add(fragment, P(value)) : this;

    /// <summary>Adds the fragment only when <paramref name="values"/> has items; it gets them as one array parameter.</summary>
    public SqlWhere AddIfAny<T>(IReadOnlyCollection<T>? values, string fragment) =>
        values is { Count: > 0 } ? Add(fragment, P(values.ToArray())) : this;

    /// <summary>
    /// Only rows of <paramref name="townships"/> — the caller's readable townships
    /// (<c>RequestAccess.ReadableAsync</c>); <c>township_code</c> leads an index on every table.
    /// </summary>
    public SqlWhere InTownships(IReadOnlyCollection<string> townships) => Add("t.township_code = ANY({0})", P(townships.ToArray()));

    /// <summary>Binds one more value without a clause (for ORDER BY or LIMIT); returns its <c>$n</c>.</summary>
    public string Bind(NpgsqlParameter value)
    {
        Parameters.Add(value);
        return $"${Parameters.Count}";
    }

    /// <summary>
    /// A clause costs more than reading the row (a spatial test): a counted page then finds the
    /// matching rows once for both the page and the count (ListQuery.CountedSql).
    /// </summary>
    public bool Costly { get; set; }

    public string Sql => _clauses.Count == 0 ? "true" : string.Join(" AND ", _clauses);

    /// <summary>Copies the parameters onto a command (a parameter object belongs to one command).</summary>
    public void CopyTo(NpgsqlCommand cmd)
    {
        foreach (var p in Parameters)
            cmd.Parameters.Add(p.Clone());
    }
}
