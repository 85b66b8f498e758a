using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary><c>POST /api/applications</c> (clerk): validates the intake against the workflow's published version and starts it.</summary>
internal static class CreateApplicationEndpoint
{
    public static readonly LocalizedText ClerksOnly = LocalizedText.Of("只有窗口受理人员可以新建申请。", "Only a clerk can start an application.");

    public static async Task<Results<Created<ApplicationResponse>, ProblemHttpResult>> HandleAsync(
        IntakeCommand body, HttpContext http, ClaimsPrincipal principal, ApplicationService service, ApplicationQueries queries,
        IOptions<OfficeSettings> office, CancellationToken cancellationToken)
    {
        var caller = principal.ToStaffMember();
        if (!caller.Holds(RoleNames.Clerk))
            return ApiProblems.Of(http, StatusCodes.Status403Forbidden, "not-your-role", ClerksOnly);

        var result = await service.CreateAsync(body, caller, cancellationToken);
        switch (result)
        {
            case CreateResult.Created created:
                var response = queries.View(created.Application, caller).ToResponse(http, office.Value, caller);
                http.Response.Headers.ETag = response.Etag;
                return TypedResults.Created($"/api/applications/{response.Id}", response);
            case CreateResult.Invalid invalid:
                return ApiProblems.Validation(http, invalid.Errors);
            default:
                return RefusalProblems.Of(http, ((CreateResult.Refused)result).Refusal);
        }
    }
}
