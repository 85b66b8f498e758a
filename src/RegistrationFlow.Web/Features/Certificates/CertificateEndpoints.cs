using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Certificates;

internal static class CertificateEndpoints
{
    public static RouteGroupBuilder MapCertificateEndpoints(this RouteGroupBuilder api)
    {
        var certificates = api.MapGroup("/certificates").WithTags("Certificates");
        certificates.MapGet("/{number}", GetAsync)
            .WithName("GetCertificate")
            .WithSummary("A certificate or registration proof by its number, e.g. 浙(2026)临海市不动产权第0000001号 (full-width brackets accepted).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return certificates;
    }

    private static async Task<Results<Ok<CertificateResponse>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string number, CertificateQueries certificates, IBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        if (!CertificateNumber.TryParse(number, out var parsed, out var error))
        {
            return RequestProblems.Invalid(new Dictionary<string, string[]> { ["number"] = [http.Localize(error.Message)] });
        }
        var found = await certificates.FindAsync(parsed.Value, cancellationToken);
        if (found is null)
        {
            return TypedResults.Problem(
                detail: http.Localize(LocalizedText.Of($"没有证书号为 {parsed.Value} 的证书。", $"No certificate has the number {parsed.Value}.")),
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["code"] = "certificate-not-found" });
        }

        var c = found.Certificate;
        return TypedResults.Ok(new CertificateResponse(
            c.Number, LanguageWords.Of(c.Kind), c.Year, c.Sequence, found.Status,
            c.ApplicationId, found.ReceiptNumber, found.WorkflowId, found.WorkflowVersion, found.ApplicationStatus,
            Local(c.IssuedAt), c.ReadyAt is { } ready ? Local(ready) : null,
            c.HandedOverAt is { } handed ? Local(handed) : null, c.HandedOverBy));

        DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, calendar.TimeZone);
    }
}

/// <summary><c>status</c>: issued (number allocated at registration), ready-for-pickup, handed-over.</summary>
public sealed record CertificateResponse(
    string Number,
    string Kind,
    int Year,
    long Sequence,
    string Status,
    Guid ApplicationId,
    string ReceiptNumber,
    string Workflow,
    int WorkflowVersion,
    string ApplicationStatus,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ReadyAt,
    DateTimeOffset? HandedOverAt,
    string? HandedOverBy);
