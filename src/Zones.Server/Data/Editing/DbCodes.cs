using System.Text;

namespace Zones.Server.Data.Editing;

/// <summary>
/// Coded values are stored as short snake_case English codes (migration 0001): an enum member
/// <c>ResponsibleUnit</c> is stored as <c>responsible_unit</c>. One rule for every enum, so the
/// GraphQL layer can mirror the enums by name (RESPONSIBLE_UNIT) without a table per enum.
/// </summary>
static class DbCodes
{
    /// <summary>The stored code of an enum value.</summary>
    public static string Code<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && sb.Length > 0)
                sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The enum value of a stored code.</summary>
    /// <exception cref="InvalidOperationException">The database holds a code the enum does not know (a migration added one).</exception>
    public static T Parse<T>(string code) where T : struct, Enum =>
        Enum.TryParse<T>(code.Replace("_", ""), ignoreCase: true, out var value)
            ? value
            : throw new InvalidOperationException($"Unknown {typeof(T).Name} code '{code}' in the database.");
}
