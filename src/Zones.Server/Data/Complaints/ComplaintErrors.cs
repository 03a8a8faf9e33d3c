namespace Zones.Server.Data.Complaints;

/// <summary>The category does not exist in the township; <see cref="ValidCodes"/> lists those that do (<c>C0305</c> …).</summary>
public sealed record UnknownCategoryError(string Message, IReadOnlyList<string> ValidCodes, string? Field = null)
    : UserError("UNKNOWN_CATEGORY", Message, Field);

/// <summary>The point lies in no published zone; the nearest zone and its distance help the clerk fix a typo.</summary>
public sealed record OutsideZonesError(string Message, string? NearestZoneName, double? DistanceMetres,
                                       string? Field = null)
    : UserError("OUTSIDE_ZONES", Message, Field);

/// <summary>The action is not possible in the case's stage; <see cref="AllowedActions"/> are those the caller may take.</summary>
public sealed record InvalidTransitionError(string Message, string FromStage, string Action, IReadOnlyList<string> AllowedActions,
                                            string? Field = null)
    : UserError("INVALID_TRANSITION", Message, Field);

/// <summary>
/// The result of a complaint mutation, shaped like a GraphQL payload: the case after the change,
/// or the typed errors (and then nothing was written).
/// </summary>
/// <param name="Folded">The report was attached to an existing open case (并案, issue #14 §3): <see cref="Complaint"/> is
/// that case, its number is the one to give the reporter and its <see cref="Complaints.Complaint.ReporterCount"/> counts them.</param>
public sealed record ComplaintPayload(Complaint? Complaint, IReadOnlyList<UserError> Errors, bool Folded = false)
{
    public bool Ok => Errors.Count == 0;

    public static ComplaintPayload Success(Complaint complaint, bool folded = false) => new(complaint, [], folded);

    public static ComplaintPayload Fail(params UserError[] errors) => new(null, errors);

    public static ComplaintPayload Fail(IReadOnlyList<UserError> errors) => new(null, errors);

    /// <summary>
    /// Runs a complaint write, turning the database's refusals it can explain (a township outside the
    /// actor's scope, a point outside its township, a broken constraint) into typed errors.
    /// </summary>
    public static async Task<ComplaintPayload> RefusalsAsErrors(Func<Task<ComplaintPayload>> work)
    {
        try
        {
            return await work();
        }
        catch (Npgsql.PostgresException e) when (Editing.DbErrors.Translate(e) is { } error)
        {
            return Fail(error);
        }
    }
}
