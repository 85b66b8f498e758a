using RegistrationFlow.Core.Registration.Identifiers;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Calendar;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Web.Hosting;

namespace RegistrationFlow.Web.Features.Applications;

/// <summary>
/// An application as the API returns it. Instants are office-local (+08:00). <c>provisional</c>: <c>dueAt</c> or
/// <c>certificateReadyAt</c> rests on days of a year whose official holiday notice is not imported yet
/// (以国务院当年放假安排为准).
/// </summary>
public sealed record ApplicationResponse(
    Guid Id,
    string Number,
    string Workflow,
    int WorkflowVersion,
    string? Step,
    IReadOnlyList<string> Steps,
    string Status,
    IReadOnlyList<AvailableActionResponse> AvailableActions,
    string Etag,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? RegisteredAt,
    DateTimeOffset? CertificateReadyAt,
    string? CertificateNumber,
    bool Overdue,
    PropertyResponse Property,
    IReadOnlyList<PartyResponse> Parties,
    decimal? Price,
    IReadOnlyList<string> Materials,
    string History,
    bool Provisional,
    OwedResponse? Owed = null,
    bool MissedByApplicant = false);

/// <summary>
/// 容缺受理: the materials accepted as owed (<c>materials</c>), those still owed (<c>outstanding</c>), the promised date and
/// the instant it closes (<c>dueAt</c>), and when the last one arrived.
/// </summary>
public sealed record OwedResponse(IReadOnlyList<string> Materials, IReadOnlyList<string> Outstanding, DateOnly PromisedBy,
    DateTimeOffset DueAt, DateTimeOffset? SuppliedAt);

/// <summary>An action the caller may take now; <c>requiredFields</c> are the body's field names that must be filled in.</summary>
public sealed record AvailableActionResponse(string Action, string Step, string Title, IReadOnlyList<string> RequiredFields);

public sealed record PropertyResponse(string UnitNumber, string Address, decimal Area, string Use);

public sealed record PartyResponse(string Role, string Name, string IdType, string IdNumber, bool IdNumberMasked, decimal Share);

/// <summary>One row of <c>GET /api/applications</c>.</summary>
public sealed record ApplicationSummary(
    Guid Id, string Number, string Workflow, int WorkflowVersion, string? Step, IReadOnlyList<string> Steps, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset? AcceptedAt, DateTimeOffset? DueAt, DateTimeOffset? RegisteredAt,
    string? CertificateNumber, bool Overdue, string Etag);

public sealed record ApplicationListResponse(IReadOnlyList<ApplicationSummary> Items, int Total, int Page, int PageSize);

internal static class ApplicationMapping
{
    public static ApplicationResponse ToResponse(this ApplicationView view, HttpContext http, OfficeSettings office, StaffMember caller)
    {
        var a = view.Application;
        var fullNumbers = IdentityNumberVisibility.SeesFullNumbers(caller.Roles);
        return new ApplicationResponse(
            a.Id, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.CurrentSteps.FirstOrDefault(), a.CurrentSteps, a.Status,
            view.AvailableActions.Select(x => x.ToResponse(http)).ToList(),
            ETags.For(a.RowVersion),
            office.ToLocal(a.CreatedAt), Local(office, a.AcceptedAt), Local(office, a.DueAt), Local(office, a.RegisteredAt),
            Local(office, a.CertificateReadyAt), a.CertificateNumber, http.RequestServices.GetRequiredService<OverdueRule>().IsOverdue(a),
            new PropertyResponse(a.Property.UnitNumber, a.Property.Address, a.Property.Area, a.Property.Use),
            a.Parties.Select(p => new PartyResponse(p.Role, p.Name, p.IdType,
                fullNumbers ? p.IdNumber : IdentityNumberMask.Mask(p.IdNumber), !fullNumbers, p.Share)).ToList(),
            a.Price, a.Materials, $"/api/applications/{a.Id}/history",
            ProvisionalPromises.AnyProvisional(http.RequestServices.GetRequiredService<IBusinessCalendar>(), a),
            view.Owed is { } owed
                ? new OwedResponse(owed.Ids, owed.Outstanding, owed.PromisedBy, office.ToLocal(owed.DueAt), Local(office, owed.SuppliedAt))
                : null,
            a.MissedByApplicant);
    }

    /// <param name="overdue">As <see cref="OverdueRule"/> judges it now.</param>
    public static ApplicationSummary ToSummary(this Application a, OfficeSettings office, bool overdue) => new(
        a.Id, a.ReceiptNumber, a.WorkflowId, a.WorkflowVersion, a.CurrentSteps.FirstOrDefault(), a.CurrentSteps, a.Status,
        office.ToLocal(a.CreatedAt), Local(office, a.AcceptedAt), Local(office, a.DueAt), Local(office, a.RegisteredAt),
        a.CertificateNumber, overdue, ETags.For(a.RowVersion));

    private static AvailableActionResponse ToResponse(this AvailableAction action, HttpContext http) => new(
        action.Action, action.StepId, http.Localize(action.Title), action.RequiredFields.Select(ActionFields.JsonName).ToList());

    public static DateTimeOffset? Local(OfficeSettings office, DateTimeOffset? instant) => instant is { } value ? office.ToLocal(value) : null;
}
