using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Persistence;
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
        AuditTrail trail, RegistrationDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var records = await db.AuditChainHeads.AsNoTracking()
            .Where(h => h.Id == Infrastructure.Persistence.Entities.AuditChainHead.SingletonId)
            .Select(h => h.LastSequence).SingleAsync(cancellationToken);
        var broken = await trail.VerifyAsync(cancellationToken);
        return TypedResults.Ok(new AuditVerification(
            broken is null, records,
            broken is null ? null : new AuditBreak(broken.Sequence, http.Localize(broken.Reason))));
    }
}

/// <summary><c>intact</c> when every record links to the one before and none was altered; <c>records</c> at the time of the check.</summary>
public sealed record AuditVerification(bool Intact, long Records, AuditBreak? FirstBreak);

public sealed record AuditBreak(long Sequence, string Reason);
