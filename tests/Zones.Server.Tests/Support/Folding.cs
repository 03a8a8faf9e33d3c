namespace Zones.Server.Tests.Support;

/// <summary>
/// 并案 (issue #14 §3) in test databases. Tests of intake, workflow and subscriptions report the same
/// category at the same spot again and again and expect a case each time; with folding on, the second
/// report joins the first case. Those databases turn folding off for their townships; the tests of
/// folding itself turn it on where they need it.
/// </summary>
public static class Folding
{
    /// <summary>SQL that turns folding off for every township there is now.</summary>
    public const string OffEverywhereSql = """
        INSERT INTO zones.complaint_fold_setting (township_code, enabled) SELECT division_code, false FROM zones.township
        ON CONFLICT (township_code) DO UPDATE SET enabled = false
        """;
}
