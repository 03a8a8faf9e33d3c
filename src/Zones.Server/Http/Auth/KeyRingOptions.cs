namespace Zones.Server.Http.Auth;

/// <summary>
/// How the shared Data Protection key ring is kept, bound from <c>Zones:DataProtection</c>
/// (<c>Zones__DataProtection__*</c> variables).
/// </summary>
/// <remarks>
/// The keys live in the database (<see cref="Data.Auth.KeyRingStore"/>). Without a certificate they are stored
/// unencrypted, readable by anyone who can read the database; on Linux the framework's only at-rest protection
/// that needs no platform key store is an X.509 certificate (Windows DPAPI and the macOS keychain do not exist
/// there). Give the same certificate (a PFX with its private key) to every instance.
/// </remarks>
public sealed class KeyRingOptions
{
    public const string Section = "Zones:DataProtection";

    /// <summary>The PFX (PKCS #12) file of the certificate that encrypts the keys at rest.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The same certificate as base64 of the PFX, for secrets passed in the environment.</summary>
    public string? Certificate { get; set; }

    /// <summary>The PFX's password, if it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Older certificates (PFX paths) whose keys must still be read after the certificate was replaced.</summary>
    public string[] PreviousCertificatePaths { get; set; } = [];
}
