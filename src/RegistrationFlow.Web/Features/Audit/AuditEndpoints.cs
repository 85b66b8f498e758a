using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Audit;

internal static class AuditEndpoints
{
    public static RouteGroupBuilder MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit");
        audit.MapGet("/verify", VerifyAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Admin))
            .WithName("VerifyAuditChain")
            .WithSummary("Recomputes the hash chain of the audit trail (admin) and reports the first broken link, if any.");
        return audit;
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(
        AuditTrail trail, HttpContext http, CancellationToken cancellationToken)
    {
        var records = await trail.RecordCountAsync(cancellationToken);
        var broken = await trail.VerifyAsync(cancellationToken);
        return TypedResults.Ok(new AuditVerification(
            broken is null, records,
            broken is null ? null : new AuditBreak(broken.Sequence, http.Localize(broken.Reason))));
    }
}

/// <summary><c>intact</c> when every record links to the one before and none was altered; <c>records</c> at the time of the check.</summary>
public sealed record AuditVerification(bool Intact, long Records, AuditBreak? FirstBreak);

public sealed record AuditBreak(long Sequence, string Reason);
