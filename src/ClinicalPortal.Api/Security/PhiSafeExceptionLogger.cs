using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace ClinicalPortal.Api.Security;

/// <summary>
/// Logs an unhandled exception without its message: messages can quote input (a date of birth, an
/// answer) or database values. The type, the trace id and the stack frames are enough to find the bug.
/// The framework's own exception log is switched off in configuration for the same reason. The response
/// is the standard ProblemDetails 500, which carries the trace id and never the exception text.
/// </summary>
public sealed partial class PhiSafeExceptionLogger(ILogger<PhiSafeExceptionLogger> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames()
            .Select(f => $"{f.GetMethod()?.DeclaringType?.FullName}.{f.GetMethod()?.Name}:{f.GetFileLineNumber()}")
            .Take(25);
        LogUnhandled(logger, Describe(exception), httpContext.TraceIdentifier,
            httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName ?? "(no endpoint)", string.Join(" < ", frames));
        return ValueTask.FromResult(false);
    }

    /// <summary>
    /// The exception types down the inner chain, and for a database error its SQLSTATE and the schema names it
    /// concerns (constraint, table, column): enough to diagnose, never a value.
    /// </summary>
    public static string Describe(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var part = e.GetType().FullName ?? "Exception";
            if (e is Npgsql.PostgresException pg)
            {
                part += $"[sqlstate={pg.SqlState} table={pg.TableName} column={pg.ColumnName} constraint={pg.ConstraintName}]";
            }
            else if (e is System.Data.Common.DbException db && db.SqlState is { } state)
            {
                part += $"[sqlstate={state}]";
            }

            parts.Add(part);
        }

        return string.Join(" <- ", parts);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Unhandled {ExceptionType} for request {TraceId} ({Method} {Endpoint}) at {Frames}")]
    private static partial void LogUnhandled(
        ILogger logger, string exceptionType, string traceId, string method, string endpoint, string frames);
}
