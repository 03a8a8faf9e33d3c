using Zones.Server.Data.Access;

namespace Zones.Server.Data.Transfer;

/// <summary>
/// Where an export's rows hold a complaint's reporter (name, phone) and township, and who exports:
/// each row's reporter goes out as <see cref="RequestAccess.ReporterAsync"/> says — in full for
/// staff of the township, masked for everyone else. Exports without reporter columns pass through.
/// </summary>
sealed class ReporterColumns
{
    readonly int _name, _phone, _township;
    readonly RequestAccess? _access;

    ReporterColumns(IReadOnlyList<FieldSpec> columns, RequestAccess? access)
    {
        var names = columns.Select(c => c.Name).ToList();
        (_name, _phone, _township) = (names.IndexOf("reporter_name"), names.IndexOf("reporter_phone"), names.IndexOf("township_code"));
        _access = access;
    }

    bool Applies => _access is not null && _name >= 0 && _phone >= 0 && _township >= 0;

    /// <summary>The columns of this export; the caller's rule is asked now, before the export's reader opens.</summary>
    public static async Task<ReporterColumns> ForAsync(IReadOnlyList<FieldSpec> columns, RequestAccess? access, CancellationToken ct)
    {
        var reporters = new ReporterColumns(columns, access);
        if (reporters.Applies)
            await access!.ReportersShownAsync(ct);
        return reporters;
    }

    /// <summary>The row with its reporter as the caller may see it (changed in place).</summary>
    public async Task<string?[]> ShowAsync(string?[] row, CancellationToken ct)
    {
        if (!Applies)
            return row;
        var shown = await _access!.ReporterAsync(row[_township] ?? "", row[_name], row[_phone], ct);
        (row[_name], row[_phone]) = (shown.Name, shown.Phone);
        return row;
    }
}
