namespace Zones.Server.Data.Admin;

/// <summary>A township (乡镇) as the admin API shows it; <see cref="CountyName"/> is null until someone gives it.</summary>
public sealed record TownshipRow(string Code, string Name, string CountyCode, string? CountyName, bool IsPublic,
                                 DateTimeOffset? RetiredAt, DateTimeOffset CreatedAt);

/// <summary>A county (县): the level above townships. <see cref="Name"/> is the code until a name is given.</summary>
public sealed record CountyRow(string Code, string Name);

/// <summary>A user account as an admin sees it (never its password hash).</summary>
public sealed record UserRow(long Id, string Username, string DisplayName, string Role, string? TownshipCode, string? CountyCode,
                             long? PersonId, long? UnitId, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt,
                             bool MustChangePassword, DateTimeOffset? LastSignInAt);

/// <summary>An API key as an admin sees it: its clear prefix (the secret is shown once, at creation, and never stored).</summary>
public sealed record ApiKeyRow(long Id, string Name, string Role, string? TownshipCode, string? CountyCode, string Prefix,
                               DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
