using Zones.Server.Data;
using Zones.Server.Data.Access;

namespace Zones.Server.Tests.Data.Access;

/// <summary>The one masking rule for reporters' names and phones (issue #10 §1).</summary>
public class ReporterPrivacyTests
{
    [Theory]
    [InlineData("张三", "张*")]
    [InlineData("欧阳娜娜", "欧***")]
    [InlineData("郑先生", "郑**")]
    [InlineData("王", "*")]
    [InlineData(null, null)]
    public void A_name_keeps_its_first_character_only(string? name, string? masked) => Assert.Equal(masked, ReporterPrivacy.MaskName(name));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("0572-6778124", "057****8124")]
    [InlineData("12345", "*****")]
    [InlineData(null, null)]
    public void A_phone_keeps_its_first_three_and_last_four_characters(string? phone, string? masked) => Assert.Equal(masked, ReporterPrivacy.MaskPhone(phone));

    [Theory]
    [InlineData(Roles.Admin, true)]
    [InlineData(Roles.Planner, true)]
    [InlineData(Roles.Cadre, true)]
    [InlineData(Roles.Viewer, true)]
    [InlineData(Roles.Hotline, false)]
    public void Staff_roles_may_see_reporters_and_hotline_keys_may_not(string role, bool staff) =>
        Assert.Equal(staff, ReporterPrivacy.IsStaff(new Actor("someone", role)));

    [Fact]
    public void Anonymous_callers_are_not_staff() => Assert.False(ReporterPrivacy.IsStaff(null));
}
