using Zones.Server.Data;
using Zones.Server.Data.Auth;

namespace Zones.Server.Cli;

/// <summary>
/// How an installation's administrator issues sign-ins before any admin screen exists:
/// <c>add-user NAME --role R (--township CODE | --county CODE | --installation) [--display 名称]</c>
/// reads the password from the first line of standard input (never from the command line, where
/// other users of the machine could read it); <c>add-api-key NAME (--township CODE | --county CODE)
/// [--role hotline|viewer]</c> prints a new random key once — only its salted hash is stored.
/// </summary>
static class AccountCommands
{
    public const string UserUsage =
        "add-user NAME --role admin|planner|cadre|viewer (--township CODE | --county CODE | --installation) [--display 名称] < password";
    public const string KeyUsage = "add-api-key NAME (--township CODE | --county CODE) [--role hotline|viewer]";

    static readonly string[] Valued = ["role", "township", "county", "display"];
    static readonly string[] Flags = ["installation"];
    static readonly string[] UserRoles = [Roles.Admin, Roles.Planner, Roles.Viewer];
    static readonly string[] KeyRoles = [Roles.Hotline, Roles.Viewer];

    public static async Task<int> AddUserAsync(WebApplication app, string[] args)
    {
        if (Read(args, out var name, out var role, out var scope, out var options) is { } problem)
            return Fail(problem, UserUsage);
        if (!UserRoles.Contains(role))
            return Fail(role == Roles.Cadre ? "a cadre acts for a person or unit: create cadres from the 包联 roster (issue #11)"
                                            : $"--role must be one of {string.Join(", ", UserRoles)}", UserUsage);
        if (scope.IsInstallation != options.ContainsKey("installation"))
            return Fail("say whose the account is: one of --township CODE, --county CODE or --installation", UserUsage);
        var password = (await Console.In.ReadLineAsync())?.Trim();
        if (password is not { Length: >= 12 })
            return Fail("give the password (12 characters or more) on standard input, e.g. `read -s P; echo \"$P\" | zones add-user …`", UserUsage);
        var display = options.GetValueOrDefault("display")?[^1] ?? name;
        var created = await app.Services.GetRequiredService<UserStore>()
            .CreateUserAsync(scope, name, display, role, password, null, null, CancellationToken.None);
        Console.WriteLine(created ? $"已创建用户 {name}（{role}，{scope}）。Created user {name}."
                                  : $"用户名 {name} 已存在，未修改。The user name {name} is taken; nothing changed.");
        return created ? 0 : 1;
    }

    public static async Task<int> AddApiKeyAsync(WebApplication app, string[] args)
    {
        if (Read(args, out var name, out var role, out var scope, out _) is { } problem)
            return Fail(problem, KeyUsage);
        role = role.Length == 0 ? Roles.Hotline : role;
        if (!KeyRoles.Contains(role))
            return Fail($"--role must be one of {string.Join(", ", KeyRoles)}", KeyUsage);
        if (scope.IsInstallation)
            return Fail("an API key belongs to one township or one county: --township CODE or --county CODE", KeyUsage);
        var key = UserStore.NewApiKey();
        await app.Services.GetRequiredService<UserStore>().CreateApiKeyAsync(scope, name, key, role, CancellationToken.None);
        Console.WriteLine($"API key（{name}，{role}，{scope}）：\n{key}\n" +
                          "请立即保存：此密钥只显示这一次。Store it now: this key is shown once; only its hash is kept.");
        return 0;
    }

    static string? Read(string[] args, out string name, out string role, out ActorScope scope,
                        out Dictionary<string, List<string>> options)
    {
        (name, role, scope) = ("", "", ActorScope.Installation);
        options = ImportCommand.Parse(args, Valued, Flags, out var positional) ?? [];
        if (positional is not [var n])
            return "give one name";
        name = n;
        role = options.GetValueOrDefault("role")?[^1] ?? "";
        var township = options.GetValueOrDefault("township")?[^1];
        var county = options.GetValueOrDefault("county")?[^1];
        if (township is not null && county is not null)
            return "choose --township or --county, not both";
        scope = new ActorScope(township, county);
        return null;
    }

    static int Fail(string message, string usage)
    {
        Console.Error.WriteLine($"zones: {message}");
        Console.Error.WriteLine($"usage: zones {usage}");
        return 64;
    }
}
