using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Zones.Server.Data;
using Zones.Server.Tests.Support;
using static Zones.Server.Tests.Http.Instances.TwoInstances;

namespace Zones.Server.Tests.Http.Instances;

/// <summary>
/// Sign-in across instances (issue #15 §1): one Data Protection key ring in the database, so a cookie of one instance
/// is read by the other and survives a restart; a sign-out or password reset on one counts on the other at once.
/// </summary>
[Collection(TwoInstancesCollection.Name)]
public sealed class SharedSignInTests(TwoInstances db)
{
    [Fact]
    public async Task A_cookie_issued_by_one_instance_is_accepted_by_the_other()
    {
        await using ZonesApplication a = db.Instance(), b = db.Instance();
        var cookie = await CookieAsync(a, "viewer");
        Assert.Equal("viewer", await WhoAsync(b, cookie));
    }

    [Fact]
    public async Task A_restart_keeps_everyone_signed_in()
    {
        string cookie;
        await using (var before = db.Instance())
            cookie = await CookieAsync(before, "viewer");
        await using var after = db.Instance();
        Assert.Equal("viewer", await WhoAsync(after, cookie));
    }

    [Fact]
    public async Task Signing_out_on_one_instance_is_refused_on_the_other_at_once()
    {
        await using ZonesApplication a = db.Instance(), b = db.Instance();
        var cookie = await CookieAsync(a, "planner");
        Assert.Equal("planner", await WhoAsync(b, cookie));   // b keeps the session for five minutes
        await PostAsync(a, cookie, "/auth/logout");
        var took = await WithinAsync(2, async () => await WhoAsync(b, cookie) is null);
        Assert.True(took < TimeSpan.FromSeconds(2), $"refused after {took.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_password_reset_on_one_instance_ends_the_session_on_the_other_at_once()
    {
        await using ZonesApplication a = db.Instance(), b = db.Instance();
        var cookie = await CookieAsync(a, "cadre");
        Assert.Equal("cadre", await WhoAsync(b, cookie));
        var id = await db.DataSource.ScalarAsync<long>("SELECT id FROM zones.app_user WHERE username = 'cadre'");
        var reset = await a.ExecuteAsync($$"""mutation { resetPassword(input: {id: {{id}}, password: "a-new-password-2026"}) { errors { ... on UserError { message } } } }""",
                                         actor: new Actor("admin", Roles.Admin));
        Assert.True(reset.TryGetProperty("data", out var data) && data.GetProperty("resetPassword").GetProperty("errors").GetArrayLength() == 0, reset.ToString());
        await WithinAsync(2, async () => await WhoAsync(b, cookie) is null);
    }

    [Fact]
    public async Task With_a_certificate_the_keys_are_stored_encrypted_and_still_shared()
    {
        await db.DataSource.ExecAsync("DELETE FROM zones.data_protection_key");   // a ring of this test's own
        try
        {
            (string, string) certificate = ("Zones:DataProtection:Certificate", SelfSignedPfx());
            await using ZonesApplication a = db.Instance(certificate), b = db.Instance(certificate);
            Assert.Equal("viewer", await WhoAsync(b, await CookieAsync(a, "viewer")));
            var stored = await db.DataSource.ScalarAsync<string>("SELECT string_agg(xml, '') FROM zones.data_protection_key");
            Assert.Contains("EncryptedData", stored);
            Assert.DoesNotContain("<value>", stored);   // where the framework writes a key's secret in the clear
        }
        finally
        {
            await db.DataSource.ExecAsync("DELETE FROM zones.data_protection_key");
        }
    }

    static string SelfSignedPfx()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=zones key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));
    }
}
