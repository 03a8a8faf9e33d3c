using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace Zones.Server.Http;

/// <summary>
/// The one place where an unexpected exception becomes a response: JSON with a plain message,
/// 503 when the database cannot be reached, 500 otherwise; details go to the log, not the client.
/// </summary>
static class ErrorHandling
{
    public static WebApplication UseZonesErrors(this WebApplication app)
    {
        app.UseExceptionHandler(error => error.Run(async http =>
        {
            var e = http.Features.Get<IExceptionHandlerFeature>()?.Error;
            var unreachable = e is NpgsqlException and not PostgresException || e is TimeoutException;
            http.Response.StatusCode = unreachable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                code = unreachable ? "DatabaseUnavailable" : "InternalError",
                description = unreachable
                    ? "数据库暂时无法连接，请稍后重试。The database cannot be reached right now; try again shortly."
                    : "服务器内部错误，已记录日志。An unexpected error occurred and was logged.",
            }, JsonEncoding.Options));
        }));
        return app;
    }
}
