using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Problems;

/// <summary>
/// A request that met a passing database condition — the connection cut by a database restart, a deadlock or
/// serialization failure the database resolved by failing this transaction, a busy file — is answered 503 with
/// <c>Retry-After</c>, not 500: nothing of it was committed, and trying again shortly succeeds (nginx passes an idempotent
/// request to the next node itself).
/// </summary>
internal sealed class DatabaseBusyExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseBusyExceptionHandler> logger) : IExceptionHandler
{
    public const string Code = "database-unavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsPassing(exception) || httpContext.Response.HasStarted) return false;
        logger.LogWarning("{Method} {Path} met a passing database failure and was answered 503: {Error}",
            httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "1";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Detail = httpContext.Localize(ProblemTitles.DatabaseBusy),
                Extensions = { ["code"] = Code },
            },
        });
    }

    /// <summary>Whether the exception, or one it wraps, is a database error the provider marks transient.</summary>
    public static bool IsPassing(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or TimeoutException) return true;
        }
        return false;
    }
}
