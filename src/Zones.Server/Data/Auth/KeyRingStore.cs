using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace Zones.Server.Data.Auth;

/// <summary>
/// The Data Protection key ring (what signs and encrypts sign-in cookies) in <c>zones.data_protection_key</c>
/// (migration 0031) instead of each instance's file system: every instance reads the same keys, so a cookie issued
/// by one is accepted by all, and a restarted container keeps everyone signed in.
/// </summary>
/// <remarks>
/// The framework calls this synchronously, rarely (at start, when a key is made, and when the ring is refreshed,
/// about once a day or when a cookie names a key not yet seen), so blocking calls are fine. Keys are immutable:
/// a second instance making a key at the same moment adds one of its own, and both are honoured.
/// </remarks>
public sealed class KeyRingStore(NpgsqlDataSource db) : IXmlRepository
{
    const string AllSql = "SELECT xml FROM zones.data_protection_key ORDER BY created_at, friendly_name";

    // The framework names keys "key-<guid>" and revocations "revocation-<time>"; a name written twice keeps the newest.
    const string StoreSql = """
        INSERT INTO zones.data_protection_key (friendly_name, xml) VALUES ($1, $2)
        ON CONFLICT (friendly_name) DO UPDATE SET xml = excluded.xml
        """;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var cmd = db.CreateCommand(AllSql);
        using var reader = cmd.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
            elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var cmd = db.CreateCommand(StoreSql);
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = friendlyName });
        cmd.Parameters.Add(new NpgsqlParameter<string> { TypedValue = element.ToString(SaveOptions.DisableFormatting) });
        cmd.ExecuteNonQuery();
    }
}
