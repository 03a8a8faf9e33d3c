namespace Zones.Server.Data.Notifications;

/// <summary>The kinds of <c>zones.notification.kind</c> and the webhook events.</summary>
public static class NotificationKinds
{
    /// <summary>新案件: a case was opened for (or handed over to) the addressee.</summary>
    public const string New = "new";
    /// <summary>即将超期: the deadline is less than the configured working hours away.</summary>
    public const string DueSoon = "due_soon";
    /// <summary>已超期: zones.complaint_is_overdue holds.</summary>
    public const string Overdue = "overdue";
    /// <summary>A test send from the admin screen (deliveries only).</summary>
    public const string Test = "test";

    public static readonly string[] All = [New, DueSoon, Overdue];

    public static string Chinese(string kind) => kind switch
    {
        New => "新案件",
        DueSoon => "即将超期",
        Overdue => "已超期",
        _ => "测试",
    };
}
