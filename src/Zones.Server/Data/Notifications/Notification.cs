namespace Zones.Server.Data.Notifications;

/// <summary>One notification as its reader sees it: the case it is about, whom it addresses, whether this reader read it.</summary>
public sealed record Notification(
    long Id, string TownshipCode, long ComplaintId, string Kind, DateTimeOffset CreatedAt, DateTimeOffset? Deadline,
    string CaseNumber, string? CategoryName, string Description, double Lon, double Lat, string Stage,
    long? PersonId, string? PersonName, long? UnitId, string? UnitName, bool Read);

/// <summary>
/// Who reads notifications: THE visibility rule in one place. A reader sees a notification addressed to
/// their person, to their unit (the account's unit, else their person's), and — when an admin — every
/// notification of the townships of their scope; always only in townships they may read.
/// </summary>
/// <param name="Reader">The login name: read state is kept per reader.</param>
/// <param name="AdminTownships">The admin's scope; empty for everyone else.</param>
public sealed record NotificationReader(string Reader, long? PersonId, long? UnitId, string[] Readable, string[] AdminTownships);

/// <summary>What the live feed carries for one new notification (channel <c>zones_notification</c>): enough to filter without the database.</summary>
public sealed record NotificationAnnouncement(string TownshipCode, long Id, long? PersonId, long? UnitId);
