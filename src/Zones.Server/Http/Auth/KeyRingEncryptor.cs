using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Zones.Server.Http.Auth;

/// <summary>
/// Encrypts each new key of the ring with the configured certificate (XML Encryption: an AES-256 key wrapped with
/// the certificate's RSA key, as the framework's own <c>CertificateXmlEncryptor</c> does) and names
/// <see cref="KeyRingDecryptor"/> to read it back.
/// </summary>
/// <remarks>
/// Not the framework's pair itself: its decryptor finds certificates in options that only the builder's eager
/// <c>UnprotectKeysWithAnyCertificate</c> fills, before the tests' configuration is in, or else in the machine's
/// certificate store, which on Linux is a folder in the home directory: state on the instance's disk.
/// </remarks>
sealed class KeyRingEncryptor(X509Certificate2 certificate) : IXmlEncryptor
{
    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var document = new XmlDocument();
        document.Load(plaintextElement.CreateReader());
        var encrypted = new EncryptedXml().Encrypt(document.DocumentElement!, certificate);
        return new EncryptedXmlInfo(XElement.Parse(encrypted.GetXml().OuterXml), typeof(KeyRingDecryptor));
    }
}

/// <summary>Reads a key encrypted by <see cref="KeyRingEncryptor"/> with any configured certificate (current or previous).</summary>
/// <remarks>Made by the framework by type name, with the service provider (its constructor convention).</remarks>
sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var document = new XmlDocument();
        var wrapper = document.AppendChild(document.CreateElement("root"))!;
        wrapper.AppendChild(document.ReadNode(encryptedElement.CreateReader())!);
        new CertificateKeys(document, services.GetRequiredService<KeyRingCertificates>().All).DecryptDocument();
        return XElement.Parse(wrapper.FirstChild!.OuterXml);
    }

    // EncryptedXml looks certificates up in the machine's store; these are the configured ones instead.
    sealed class CertificateKeys(XmlDocument document, IReadOnlyList<X509Certificate2> certificates) : EncryptedXml(document)
    {
        public override byte[]? DecryptEncryptedKey(EncryptedKey encryptedKey)
        {
            foreach (var data in encryptedKey.KeyInfo.OfType<KeyInfoX509Data>())
                foreach (var named in data.Certificates?.OfType<X509Certificate2>() ?? [])
                    if (certificates.FirstOrDefault(c => c.Thumbprint == named.Thumbprint)?.GetRSAPrivateKey() is { } rsa)
                        return DecryptKey(encryptedKey.CipherData.CipherValue!, rsa, encryptedKey.EncryptionMethod?.KeyAlgorithm == XmlEncRSAOAEPUrl);
            throw new InvalidOperationException(
                "数据保护密钥已用证书加密，但配置中没有匹配的证书（Zones:DataProtection:Certificate…）。" +
                "A key of the ring was encrypted with a certificate that is not configured (Zones:DataProtection:Certificate, CertificatePath or PreviousCertificatePaths).");
        }
    }
}
