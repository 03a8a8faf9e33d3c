using Zones.GraphQL.Execution;
using Zones.GraphQL.Types;
using Zones.Server.Data;
using Zones.Server.Data.Query;

namespace Zones.Server.Schema.Mutations;

/// <summary>
/// The shape every mutation shares: <c>name(input: NameInput!): NamePayload!</c>, a payload with
/// the written object(s) and <c>errors: [NameError!]!</c>, the role check, and reading inputs.
/// Resolvers return the payload as a dictionary the payload type's fields read by name.
/// </summary>
static class MutationKit
{
    /// <summary>Roles that edit zones, ownership, assets and roads.</summary>
    public static readonly string[] Editors = [Roles.Planner, Roles.Admin];

    /// <summary>Declares <c>name(input: NameInput!): NamePayload!</c>; the resolver gets the input object.</summary>
    public static FieldBuilder Field(ObjectTypeBuilder t, string name, string description,
                                     Func<IReadOnlyDictionary<string, object?>, ResolveContext, Task<Dictionary<string, object?>>> resolve)
    {
        var type = TypeName(name);
        return t.Field(name, $"{type}Payload!", async (_, args, ctx) => ctx.Zones().Actor is { MustChangePassword: true }
                ? Fail(MustChangePassword)
                : await resolve(Map(args["input"]), ctx))
            .Argument("input", $"{type}Input!").Description(description);
    }

    // An admin reset the password (or created the account): nothing is written until the user chose their own.
    static readonly ForbiddenError MustChangePassword = new(
        "请先修改密码：管理员重置了您的密码，修改之前不能保存任何更改。请在“修改密码”中设置自己的密码（POST /auth/password）。" +
        "Change your password first: an administrator set it, and nothing can be saved until you choose your own (POST /auth/password).");

    /// <summary>
    /// <c>NamePayload { …fields, errors: [NameError!]! }</c>; list fields (<c>[X!]!</c>) read as empty
    /// when a failed payload leaves them out.
    /// </summary>
    public static ObjectType Payload(string operation, params (string Name, string Type)[] fields) =>
        new($"{TypeName(operation)}Payload", t =>
        {
            t.Description($"The result of {operation}: on success the written data and no errors; otherwise the errors and nothing written.");
            foreach (var (name, type) in fields)
                t.Field(name, type, p => Read(p, name) ?? (type.StartsWith('[') ? Array.Empty<object>() : null));
            t.Field("errors", $"[{TypeName(operation)}Error!]!", p => Read(p, "errors") ?? Array.Empty<object>())
                .Description("Typed problems the caller can fix; empty on success.");
        });

    /// <summary>The <c>id</c> and <c>expectedVersion</c> fields of an input that edits a versioned row.</summary>
    public static void Versioned(InputObjectTypeBuilder t)
    {
        t.Field("id", "ID!");
        t.Field("expectedVersion", "Int!", "The version you read: a stale one is refused with VersionConflictError.");
    }

    /// <summary>The payload of a write: the errors and the named values.</summary>
    public static Dictionary<string, object?> Result(IEnumerable<UserError> errors, params (string Name, object? Value)[] values)
    {
        var result = values.ToDictionary(v => v.Name, v => v.Value);
        result["errors"] = errors.ToList();
        return result;
    }

    /// <summary>A payload with one error and no data.</summary>
    public static Dictionary<string, object?> Fail(UserError error) => Result([error]);

    /// <summary>
    /// Null when the caller has one of <paramref name="roles"/>; else a <see cref="ForbiddenError"/>
    /// saying which role is needed and to sign in.
    /// </summary>
    public static ForbiddenError? Require(ResolveContext ctx, string whatZh, string whatEn, params string[] roles)
    {
        var actor = ctx.Zones().Actor;
        if (actor is not null && roles.Contains(actor.Role))
            return null;
        var need = string.Join(" / ", roles);
        return actor is null
            ? new ForbiddenError($"{whatZh}需要登录，且角色为 {need}。请先登录。Sign in to {whatEn}: it needs the {need} role.")
            : new ForbiddenError($"{whatZh}需要 {need} 角色，当前账号“{actor.Name}”的角色是 {actor.Role}。请用具有该角色的账号登录。" +
                                 $"To {whatEn} you need the {need} role; \"{actor.Name}\" has the role {actor.Role}: sign in as a user who has it.");
    }

    /// <summary>Rows by id in the order given, read after the write (not through the request's cached loaders).</summary>
    public static async Task<List<T>> RowsAsync<T>(ResolveContext ctx, ListSource<T> source, IEnumerable<long> ids, Func<T, long> idOf)
    {
        var list = ids.ToList();
        var rows = await ctx.Get<ListQuery>().ByIdsAsync(source, list, idOf, ctx.CancellationToken, includeRetired: true);
        return list.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    public static async Task<T?> RowAsync<T>(ResolveContext ctx, ListSource<T> source, long? id, Func<T, long> idOf) where T : class =>
        id is { } i ? (await RowsAsync(ctx, source, [i], idOf)).FirstOrDefault() : null;

    public static IReadOnlyDictionary<string, object?> Map(object? value) => (IReadOnlyDictionary<string, object?>)value!;

    public static string? Text(this IReadOnlyDictionary<string, object?> input, string name) => input.GetValueOrDefault(name) as string;

    /// <summary>An ID input field as a database id, null when absent; a non-numeric id is an error naming the field (issue #10).</summary>
    public static long? Id(this IReadOnlyDictionary<string, object?> input, string name) => Resolvers.Id(name, input.GetValueOrDefault(name));

    /// <summary>An ID that must be given: null (never, for ID!) is -1, which the services report as not found.</summary>
    public static long RequiredId(this IReadOnlyDictionary<string, object?> input, string name) => input.Id(name) ?? -1;

    public static int Int(this IReadOnlyDictionary<string, object?> input, string name) => Convert.ToInt32(input[name]);

    public static bool Bool(this IReadOnlyDictionary<string, object?> input, string name) => input.GetValueOrDefault(name) is true;

    public static T? Value<T>(this IReadOnlyDictionary<string, object?> input, string name) where T : struct =>
        input.GetValueOrDefault(name) is T value ? value : null;

    /// <summary>A service enum from the stored code an API enum value carries (<c>collection_point</c> → CollectionPoint).</summary>
    public static T Code<T>(this IReadOnlyDictionary<string, object?> input, string name) where T : struct, Enum =>
        Data.Editing.DbCodes.Parse<T>((string)input[name]!);

    static object? Read(object? payload, string name) => ((IReadOnlyDictionary<string, object?>)payload!).GetValueOrDefault(name);

    static string TypeName(string operation) => char.ToUpperInvariant(operation[0]) + operation[1..];
}
