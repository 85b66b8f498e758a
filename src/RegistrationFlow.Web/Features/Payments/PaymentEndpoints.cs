using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Payments;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Payments;
using RegistrationFlow.Web.Features.Applications;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;
using RegistrationFlow.Web.Security;

namespace RegistrationFlow.Web.Features.Payments;

/// <summary>缴费: an application's fee and payments; the counter takes a payment or voids one (never deletes it).</summary>
internal static class PaymentEndpoints
{
    public static RouteGroupBuilder MapPaymentEndpoints(this RouteGroupBuilder api)
    {
        var payments = api.MapGroup("/applications/{id:guid}/payments").WithTags("Payments");

        payments.MapGet("/", StatementAsync)
            .WithName("GetFeeStatement")
            .WithSummary("The fee the workflow computes, the payments (voided ones marked) and what is still owed.");

        payments.MapPost("/", RecordAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Clerk))
            .WithName("RecordPayment")
            .WithSummary("Take a payment (clerk): amount (yuan, at most what is owed), method cash|card|online, reference (card and online). " +
                         "409 nothing due; 422 names the field and rule.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        payments.MapPost("/{paymentId:guid}/void", VoidAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Clerk, RoleNames.Manager))
            .WithName("VoidPayment")
            .WithSummary("作废 a payment (clerk or manager) with the reason; it stays on record. 409 already void or certificate handed over.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        return payments;
    }

    private static async Task<Results<Ok<FeeStatementResponse>, ProblemHttpResult>> StatementAsync(Guid id, HttpContext http, PaymentDesk desk,
        IOptions<OfficeSettings> office, CancellationToken cancellationToken) =>
        await desk.StatementAsync(id, cancellationToken) is { } statement
            ? TypedResults.Ok(FeeStatementResponse.Of(statement, office.Value, http))
            : ApplicationReadEndpoints.NotFound(http, id);

    private static async Task<Results<Ok<FeeStatementResponse>, ProblemHttpResult>> RecordAsync(Guid id, PaymentInput? body, HttpContext http,
        ClaimsPrincipal principal, PaymentDesk desk, IOptions<OfficeSettings> office, CancellationToken cancellationToken) =>
        Answer(id, await desk.RecordAsync(id, body ?? new PaymentInput(), principal.ToStaffMember(), cancellationToken), http, office.Value);

    private static async Task<Results<Ok<FeeStatementResponse>, ProblemHttpResult>> VoidAsync(Guid id, Guid paymentId, VoidRequest? body,
        HttpContext http, ClaimsPrincipal principal, PaymentDesk desk, IOptions<OfficeSettings> office, CancellationToken cancellationToken) =>
        Answer(id, await desk.VoidAsync(id, paymentId, body?.Reason, principal.ToStaffMember(), cancellationToken), http, office.Value);

    private static Results<Ok<FeeStatementResponse>, ProblemHttpResult> Answer(Guid id, PaymentResult result, HttpContext http, OfficeSettings office) =>
        result switch
        {
            PaymentResult.Done done => TypedResults.Ok(FeeStatementResponse.Of(done.Statement, office, http)),
            PaymentResult.NotFound => ApplicationReadEndpoints.NotFound(http, id),
            PaymentResult.NotYourRole role => ApiProblems.Of(http, StatusCodes.Status403Forbidden, "not-your-role",
                LocalizedText.Of("收费由窗口人员办理。", "Payments are handled at the counter."), null),
            PaymentResult.Invalid invalid => ApiProblems.Validation(http, invalid.Errors),
            PaymentResult.Conflict conflict => ApiProblems.Of(http, StatusCodes.Status409Conflict, conflict.Code, conflict.Message),
            _ => throw new InvalidOperationException(result.ToString()),
        };
}

public sealed record VoidRequest(string? Reason);

public sealed record PaymentResponse(Guid Id, decimal Amount, string Method, string? Reference, string ReceivedBy, DateTimeOffset ReceivedAt,
    bool Voided, DateTimeOffset? VoidedAt, string? VoidedBy, string? VoidReason);

public sealed record FeeLineResponse(string Code, string Description, decimal Amount);

/// <summary>What is due (with the lines that explain it), paid and still owed, in yuan; office-local instants.</summary>
public sealed record FeeStatementResponse(decimal Due, decimal Paid, decimal Outstanding, bool Settled, IReadOnlyList<FeeLineResponse> Lines,
    IReadOnlyList<PaymentResponse> Payments)
{
    public static FeeStatementResponse Of(FeeStatement s, OfficeSettings office, HttpContext http) => new(
        s.Due, s.Paid, s.Outstanding, s.Settled,
        s.Quote.Lines.Select(l => new FeeLineResponse(l.Code, http.Localize(l.Description), l.Amount)).ToList(),
        s.Payments.Select(p => new PaymentResponse(p.Id, p.AmountFen / 100m, p.Method, p.Reference, p.ReceivedBy, office.ToLocal(p.ReceivedAt),
            p.VoidedAt is not null, ApplicationMapping.Local(office, p.VoidedAt), p.VoidedBy, p.VoidReason)).ToList());
}
