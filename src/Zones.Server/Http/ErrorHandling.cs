using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Zones.Server.Http;

/// <summary>
/// The one place where an unexpected exception becomes a response (<see cref="HttpErrors"/>: a plain message,
/// 503 when the database cannot be reached, 400 when PostgreSQL refused a value of the request,
/// 500 otherwise); details go to the log, not the client. Before any endpoint runs, a query string
/// with a NUL character or bytes that are not UTF-8 is refused; a GET whose pooled connection
/// turned out broken (the database restarted) is run once more on a fresh one.
/// </summary>
static class ErrorHandling
{
    public static WebApplication UseZonesErrors(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async http =>
        {
            var e = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var (status, code, description) = Describe(e);
            await HttpErrors.WriteAsync(http, status, code, description);
        }));
        app.Use(CheckQueryAsync);
        app.Use(RetryReadAsync);
        return app;
    }

    static (int Status, string Code, string Description) Describe(Exception? e)
    {
        if (DatabaseFaults.IsUnavailable(e))
            return (StatusCodes.Status503ServiceUnavailable, "DATABASE_UNAVAILABLE", DatabaseFaults.UnavailableMessage);
        if (DatabaseFaults.BadValue(e) is { } bad)
            return (StatusCodes.Status400BadRequest, "INVALID_INPUT", DatabaseFaults.BadValueMessage(bad));
        if (e is BadHttpRequestException request)
            return (request.StatusCode, request.StatusCode == StatusCodes.Status413PayloadTooLarge ? "REQUEST_TOO_LARGE" : "BAD_REQUEST", $"请求无效。The request is not valid: {request.Message}");
        return (StatusCodes.Status500InternalServerError, "INTERNAL_ERROR", "服务器内部错误，已记录日志。An unexpected error occurred and was logged.");
    }

    // Every endpoint reads its parameters from the query string: a NUL (PostgreSQL text cannot hold
    // it, and .NET's number parsing ignores a trailing one) or invalid UTF-8 (ASP.NET Core decodes
    // it to U+FFFD, silently changing the value) is refused here once, naming the parameter.
    static async Task CheckQueryAsync(HttpContext http, RequestDelegate next)
    {
        if (RequestText.QueryProblem(http.Request) is { } problem)
        {
            await HttpErrors.WriteAsync(http, StatusCodes.Status400BadRequest, "INVALID_PARAMETER", problem);
            return;
        }
        await next(http);
    }

    // Reads only (GET, never a WebSocket): a pooled connection the server closed meanwhile fails
    // on first use; the pool is cleared and the request runs again, once. When the database is
    // really down, the second try fails as well and the client gets the 503.
    static async Task RetryReadAsync(HttpContext http, RequestDelegate next)
    {
        if (!HttpMethods.IsGet(http.Request.Method) || http.WebSockets.IsWebSocketRequest)
        {
            await next(http);
            return;
        }
        // What the failed attempt cached for the request (e.g. its readable townships, a faulted
        // task) must not be seen by the second one.
        var items = new Dictionary<object, object?>(http.Items);
        try
        {
            await next(http);
        }
        catch (Exception e) when (DatabaseFaults.IsUnavailable(e) && !http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            http.Items = items;
            DatabaseFaults.ClearPools(http.RequestServices);
            http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorHandling).FullName!)
                .LogWarning(e, "A read found its database connection broken; retrying once on a fresh connection");
            await next(http);
        }
    }
}
