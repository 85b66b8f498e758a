using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Problems;

/// <summary>
/// Problem details the application endpoints answer with, in the caller's language. Every one carries a stable
/// <c>code</c>; validation problems list <c>errors</c> (messages) and <c>codes</c> keyed by JSON path.
/// </summary>
internal static class ApiProblems
{
    public static ProblemHttpResult Of(HttpContext http, int status, string code, LocalizedText detail, IDictionary<string, object?>? extensions = null)
    {
        var all = new Dictionary<string, object?> { ["code"] = code };
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>()) all[key] = value;
        return TypedResults.Problem(detail: http.Localize(detail), statusCode: status,
            title: ProblemTitles.For(status) is { } title ? http.Localize(title) : null, extensions: all);
    }

    /// <param name="code">The problem's code: <c>validation</c>, or the rule all the errors break.</param>
    public static ProblemHttpResult Validation(HttpContext http, IReadOnlyList<FieldError> errors, int status = StatusCodes.Status422UnprocessableEntity,
        string code = "validation")
    {
        var problem = new HttpValidationProblemDetails(errors.GroupBy(e => e.Path)
            .ToDictionary(g => g.Key, g => g.Select(e => http.Localize(e.Message)).ToArray()))
        {
            Status = status,
            Title = http.Localize(ProblemTitles.For(status)!),
            Detail = http.Localize(LocalizedText.Of($"请求有 {errors.Count} 处错误。", $"The request has {errors.Count} error(s).")),
        };
        problem.Extensions["code"] = code;
        problem.Extensions["codes"] = errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        return TypedResults.Problem(problem);
    }
}
