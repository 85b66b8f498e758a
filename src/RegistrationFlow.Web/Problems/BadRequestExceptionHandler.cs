using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Problems;

/// <summary>
/// Turns a request the server could not read (malformed JSON, a body over the limit, a wrong content type)
/// into a problem with the right status code instead of a 500.
/// </summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        var status = bad.StatusCode;
        // The framework's own messages name its types and are written for developers: none reaches the caller.
        var (code, detail) = status switch
        {
            StatusCodes.Status413PayloadTooLarge => (ProblemCodes.BodyTooLarge, httpContext.Localize(ProblemTitles.BodyTooLarge(RequestBodyLimit.MaxBytes))),
            StatusCodes.Status415UnsupportedMediaType => (ProblemCodes.UnsupportedMediaType, httpContext.Localize(ProblemTitles.UnsupportedMediaType)),
            _ when bad.InnerException is JsonException json =>
                (ProblemCodes.MalformedJson, $"{httpContext.Localize(ProblemTitles.MalformedJson)} {Where(json)}".TrimEnd()),
            _ when bad.Message.Contains("was not provided from body", StringComparison.Ordinal)
                   || bad.Message.Contains("no body was provided", StringComparison.Ordinal) =>
                (ProblemCodes.BodyRequired, httpContext.Localize(ProblemTitles.BodyRequired)),
            _ when ParameterOf(bad.Message) is { } parameter =>
                (ProblemCodes.InvalidParameter, httpContext.Localize(ProblemTitles.InvalidParameter(parameter))),
            _ => (ProblemCodes.BadRequest, httpContext.Localize(ProblemTitles.InvalidRequest)),
        };
        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = problem,
        });
    }

    /// <summary>The parameter a binding failure names (<c>Failed to bind parameter "int page" from "x".</c>), if any.</summary>
    private static string? ParameterOf(string message)
    {
        var match = BindingFailure().Match(message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""parameter "(?:[^"]+ )?(?<name>[A-Za-z_][A-Za-z0-9_]*)" """)]
    private static partial Regex BindingFailure();

    private static string Where(JsonException json) =>
        json.LineNumber is { } line ? $"(line {line + 1}, byte {json.BytePositionInLine + 1}{(string.IsNullOrEmpty(json.Path) ? "" : $", {json.Path}")})" : "";
}
