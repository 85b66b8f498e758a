using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Problems;

/// <summary>
/// Turns a request the server could not read (malformed JSON, a body over the limit, a wrong content type)
/// into a problem with the right status code instead of a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var status = bad.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status413PayloadTooLarge => httpContext.Localize(ProblemTitles.BodyTooLarge(RequestBodyLimit.MaxBytes)),
            StatusCodes.Status415UnsupportedMediaType => httpContext.Localize(ProblemTitles.UnsupportedMediaType),
            _ when bad.InnerException is JsonException json =>
                $"{httpContext.Localize(ProblemTitles.MalformedJson)} {Where(json)}".TrimEnd(),
            _ => bad.Message,
        };
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }

    private static string Where(JsonException json) =>
        json.LineNumber is { } line ? $"(line {line + 1}, byte {json.BytePositionInLine + 1}{(string.IsNullOrEmpty(json.Path) ? "" : $", {json.Path}")})" : "";
}
