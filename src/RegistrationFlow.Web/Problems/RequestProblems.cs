using Microsoft.AspNetCore.Http.HttpResults;

namespace RegistrationFlow.Web.Problems;

/// <summary>Problems with <c>errors</c> keyed by query parameter or JSON path, code "validation".</summary>
internal static class RequestProblems
{
    /// <summary>400: a parameter or body that cannot be read as asked.</summary>
    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, extensions: new Dictionary<string, object?> { ["code"] = "validation" });

    /// <summary>422: readable, but not something the service can do.</summary>
    public static ProblemHttpResult Unprocessable(HttpContext http, IDictionary<string, string[]> errors)
    {
        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = ProblemTitles.For(StatusCodes.Status422UnprocessableEntity) is { } title ? Hosting.RequestLanguage.Localize(http, title) : null,
        };
        problem.Extensions["code"] = "validation";
        return TypedResults.Problem(problem);
    }
}
