using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Problems;

internal static class ProblemSetup
{
    /// <summary>RFC 7807 problem details for every error, with titles in the caller's language.</summary>
    public static IServiceCollection AddRegistrationProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Status is not { } status)
            {
                return;
            }
            if (ProblemTitles.IsFrameworkDefault(problem.Title) && ProblemTitles.For(status) is { } title)
            {
                problem.Title = context.HttpContext.Localize(title);
            }
            // Kestrel rejects an oversize chunked body while it is read; the status code page then has no detail.
            if (status == StatusCodes.Status413PayloadTooLarge && problem.Detail is null)
            {
                problem.Detail = context.HttpContext.Localize(ProblemTitles.BodyTooLarge(RequestBodyLimit.MaxBytes));
            }
            // Refusals the framework writes (status code pages, binding failures) get the stable code of their status.
            if (!problem.Extensions.ContainsKey("code") && ProblemCodes.ForStatus(status) is { } code)
            {
                problem.Extensions["code"] = code;
            }
            if (problem.Detail is null && ProblemTitles.DetailFor(status) is { } detail)
            {
                problem.Detail = context.HttpContext.Localize(detail);
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<DatabaseBusyExceptionHandler>();
        return services;
    }
}
