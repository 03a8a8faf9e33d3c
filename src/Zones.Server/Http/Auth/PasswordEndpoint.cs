using System.Text.Json;
using Zones.Server.Data.Admin;
using Zones.Server.Data.Auth;

namespace Zones.Server.Http.Auth;

/// <summary>
/// <c>POST /auth/password</c> <c>{"currentPassword", "newPassword"}</c>: a signed-in user changes their
/// own password (at least <see cref="AccountStore.MinPasswordLength"/> characters) and so clears
/// <c>mustChangePassword</c>. The current password is checked like a sign-in: wrong ones count toward
/// the lockout of <see cref="SignInThrottle"/>, so a stolen session cannot guess it.
/// </summary>
static class PasswordEndpoint
{
    sealed record PasswordRequest(string? CurrentPassword, string? NewPassword);

    public static async Task<IResult> ChangeAsync(HttpContext http, UserStore users, AccountStore accounts, SignInThrottle throttle,
                                                  CancellationToken ct)
    {
        if (http.User.ToActor() is not { } actor || http.User.FindFirst(ZonesClaims.Session) is null)
            return HttpErrors.Result(401, "SIGN_IN_REQUIRED", "请先登录，再修改密码。Sign in (as a user, not with an API key) to change your password.");
        PasswordRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<PasswordRequest>(JsonEncoding.Options, ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or BadHttpRequestException)
        {
            request = null;
        }
        if (request is not { CurrentPassword: { Length: > 0 } current, NewPassword: { } fresh })
            return HttpErrors.Result(400, "BAD_REQUEST", "请求应为 JSON {\"currentPassword\", \"newPassword\"}。The body must be JSON {\"currentPassword\", \"newPassword\"}.");
        if (await throttle.LockedAsync(http, actor.Name, ct) is { } wait)
            return SignInThrottle.TooMany(http, wait);
        if (await users.SignInAsync(actor.Name, current, ct) is not { } user)
            return await throttle.FailedAsync(http, actor.Name, ct) is { } locked
                ? SignInThrottle.TooMany(http, locked)
                : HttpErrors.Result(403, "INVALID_CREDENTIALS", "当前密码不对。请重新输入当前密码。The current password is wrong: enter it again.");
        if (fresh == current)
            return HttpErrors.Result(400, "BAD_REQUEST", "新密码不能与当前密码相同。Choose a new password that differs from the current one.");
        var payload = await accounts.ChangeOwnPasswordAsync(actor, user.Id, fresh, ct);
        return payload.Errors is [var error, ..]
            ? HttpErrors.Result(400, "BAD_REQUEST", error.Message)
            : Results.Json(new { username = user.Username, mustChangePassword = false }, JsonEncoding.Options);
    }
}
