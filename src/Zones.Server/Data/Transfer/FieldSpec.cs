namespace Zones.Server.Data.Transfer;

/// <summary>
/// One column of an import or export file: our name (the English CSV header and the GeoJSON
/// property), the Chinese header written on export, and the other headers accepted on import.
/// </summary>
/// <param name="Name">Our name, e.g. <c>identifier</c>; also accepted as a header and as a mapping key.</param>
/// <param name="Header">Chinese header written on export, e.g. <c>编码</c>; accepted on import.</param>
/// <param name="Aliases">Further headers accepted on import, in order of preference.</param>
sealed record FieldSpec(string Name, string Header, params string[] Aliases)
{
    /// <summary>A row without a value here is rejected.</summary>
    public bool Required { get; init; }

    /// <summary>Coded values: labels on a Chinese export, codes or labels on import.</summary>
    public CodeList? Codes { get; init; }

    /// <summary>Written on export for people to read (a unit's name beside its code); ignored on import.</summary>
    public bool ExportOnly { get; init; }

    /// <summary>The headers that pick this field on import: our name, the Chinese header, the aliases.</summary>
    public IEnumerable<string> ImportHeaders => Aliases.Prepend(Header).Prepend(Name);
}
