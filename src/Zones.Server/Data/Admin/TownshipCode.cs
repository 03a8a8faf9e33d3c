namespace Zones.Server.Data.Admin;

/// <summary>
/// The 12-digit 统计用区划代码 of a township (国家统计局): 2 digits province, 2 prefecture, 2 county,
/// 3 township (乡级), 3 village (000 at township level). The county is the first 6 digits.
/// </summary>
public static class TownshipCode
{
    // Province-level codes in use (GB/T 2260): 11–15 north, 21–23 north-east, 31–37 east, 41–46
    // central-south, 50–54 south-west, 61–65 north-west, 71 Taiwan, 81–82 Hong Kong and Macao.
    static readonly HashSet<int> Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82];

    /// <summary>What is wrong with <paramref name="code"/> and how to fix it (Chinese, then English); null when it is plausible.</summary>
    public static string? Problem(string? code)
    {
        const string Example = "如长兴县和平镇 330522101000 (e.g. 330522101000)";
        if (code is null || code.Length != 12 || !code.All(char.IsAsciiDigit))
            return $"乡镇代码必须是 12 位数字（统计用区划代码），收到“{code}”。请填写国家统计局公布的 12 位代码，{Example}。" +
                   $"A township code is the 12-digit statistical division code; got \"{code}\": enter the 12 digits published by the National Bureau of Statistics.";
        if (!Provinces.Contains(int.Parse(code[..2])))
            return $"乡镇代码“{code}”的前两位 {code[..2]} 不是省级代码（11–82，如浙江 33）。请核对代码，{Example}。" +
                   $"The first two digits {code[..2]} of \"{code}\" are no province code (11-82, e.g. 33 for Zhejiang): check the code.";
        if (code[6..9] == "000")
            return $"乡镇代码“{code}”的第 7–9 位（乡级）是 000，这是县的代码，不是乡镇的。请填写乡镇自己的代码，{Example}。" +
                   $"Digits 7-9 (the township part) of \"{code}\" are 000, which is a county's code: enter the township's own code.";
        return null;
    }

    /// <summary>The county of a township code: its first 6 digits.</summary>
    public static string County(string code) => code[..6];
}
