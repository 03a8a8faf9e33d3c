namespace Zones.Server.Data.Editing;

/// <summary>The outcome of one step of a write: a value to go on with, or the errors that stop it.</summary>
readonly record struct Step<T>(T? Value, IReadOnlyList<UserError> Errors)
{
    public bool Failed => Errors is { Count: > 0 };

    public static Step<T> Ok(T value) => new(value, []);

    public static Step<T> Fail(params UserError[] errors) => new(default, errors);

    public static Step<T> Fail(IReadOnlyList<UserError> errors) => new(default, errors);
}
