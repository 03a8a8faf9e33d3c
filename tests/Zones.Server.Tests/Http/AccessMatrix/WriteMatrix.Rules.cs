using Zones.Server.Data;

namespace Zones.Server.Tests.Http.AccessMatrix;

// The writes of the rules (calendar, categories, settings: admins) and of the roster (units, people: editors).
public static partial class WriteMatrix
{

    static IEnumerable<WriteCase> RuleWrites =>
    [
        Gql("setCalendarDays", Admins, (f, t) => new { townshipCode = t.Code, days = new[] { new { date = $"{f.Day():yyyy-MM-dd}", isWorkday = false, note = "矩阵" } } }),
        Gql("removeCalendarDays", Admins, async (f, t) => new { townshipCode = t.Code, dates = new[] { $"{await f.CalendarDayAsync(t):yyyy-MM-dd}" } }),
        Gql("importCalendar", Admins, (f, t) => new { townshipCode = t.Code, content = $"日期,上班,说明\n{f.Day():yyyy/M/d},休,矩阵\n", dryRun = true },
            writes: false, name: "importCalendar (dry run)"),
        Gql("importCalendar", Admins, (f, t) => new { townshipCode = t.Code, content = $"日期,上班,说明\n{f.Day():yyyy/M/d},休,矩阵\n" }),
        Gql("setComplaintCategory", Admins, (f, t) => new { townshipCode = t.Code, kind = "event", code = "0102", timeLimit = 1 + f.Serial() % 300, timeUnit = "DAYS" }),
        Gql("resetComplaintCategory", Admins, async (f, t) => new { townshipCode = t.Code, kind = "event", code = await f.CategoryAsync(t) }),
        Gql("updateAnalysisSettings", Admins, (f, t) => new { townshipCode = t.Code, settings = new { toiletRadiusM = 100 + f.Serial() } }),
        Gql("createUnit", Editors, (f, t) => new { townshipCode = t.Code, code = $"MX-U{f.Serial()}", name = "矩阵单位", kind = "department" }),
        Gql("updateUnit", Editors, async (f, t) => new { id = $"{await f.UnitAsync(t)}", name = "矩阵改名单位" }),
        Gql("retireUnit", Editors, async (f, t) => new { id = $"{await f.UnitAsync(t)}" }),
        Gql("createPerson", Editors, (f, t) => new { townshipCode = t.Code, code = $"MX-P{f.Serial()}", name = "矩阵干部", phone = "0573-1234567" }),
        Gql("updatePerson", Editors, async (f, t) => new { id = $"{await f.PersonAsync(t)}", title = "矩阵职务" }),
        Gql("retirePerson", Editors, async (f, t) => new { id = $"{await f.PersonAsync(t)}" }),
    ];
}
