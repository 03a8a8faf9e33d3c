using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// ASP.NET Core Data Protection with one key ring for every instance: application name "Zones" (so instances on
/// other paths or machines derive the same purposes) and the keys in the database (<see cref="KeyRingStore"/>),
/// encrypted with the certificate of <see cref="KeyRingOptions"/> when one is configured.
/// </summary>
static class KeyRing
{
    public static IServiceCollection AddZonesKeyRing(this IServiceCollection services)
    {
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section);
        services.AddDataProtection().SetApplicationName("Zones").PersistKeysToZonesDatabase();
        return services;
    }

    /// <summary>
    /// Keeps the keys in <c>zones.data_protection_key</c>, encrypted by <see cref="KeyRingEncryptor"/> when a certificate
    /// is configured. Everything is read when the options are first asked for, after every configuration source is in.
    /// </summary>
    public static IDataProtectionBuilder PersistKeysToZonesDatabase(this IDataProtectionBuilder builder)
    {
        builder.Services.AddSingleton<KeyRingStore>();
        builder.Services.AddSingleton<KeyRingCertificates>();
        builder.Services.AddOptions<KeyManagementOptions>().Configure<KeyRingStore, KeyRingCertificates>((o, store, certificates) =>
        {
            o.XmlRepository = store;
            if (certificates.Current is { } current)
                o.XmlEncryptor = new KeyRingEncryptor(current);
        });
        return builder;
    }
}

/// <summary>The certificates of <see cref="KeyRingOptions"/>, loaded once: the current one (null when none) and all that may decrypt.</summary>
sealed class KeyRingCertificates
{
    public KeyRingCertificates(IOptions<KeyRingOptions> options)
    {
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.Certificate))
            Current = X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(o.Certificate), o.CertificatePassword);
        else if (!string.IsNullOrWhiteSpace(o.CertificatePath))
            Current = X509CertificateLoader.LoadPkcs12FromFile(o.CertificatePath, o.CertificatePassword);
        All = [.. new[] { Current }.OfType<X509Certificate2>(),
               .. o.PreviousCertificatePaths.Select(p => X509CertificateLoader.LoadPkcs12FromFile(p, o.CertificatePassword))];
    }

    public X509Certificate2? Current { get; }

    public IReadOnlyList<X509Certificate2> All { get; }
}
