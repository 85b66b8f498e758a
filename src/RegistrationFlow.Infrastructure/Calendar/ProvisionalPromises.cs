using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Persistence.Entities;

namespace RegistrationFlow.Infrastructure.Calendar;

/// <summary>Whether an application's promised instants rest on provisional days (a year without an official notice yet).</summary>
public static class ProvisionalPromises
{
    /// <summary>The due instant, counted from acceptance.</summary>
    public static bool DueIsProvisional(IBusinessCalendar calendar, DateTimeOffset? acceptedAt, DateTimeOffset? dueAt) =>
        acceptedAt is { } from && dueAt is { } to && calendar.DependsOnProvisionalDays(from, to);

    /// <summary>The certificate instant, counted from registration (or, before it, from the due instant it is projected from).</summary>
    public static bool CertificateIsProvisional(IBusinessCalendar calendar, DateTimeOffset? countedFrom, DateTimeOffset? readyAt) =>
        countedFrom is { } from && readyAt is { } to && calendar.DependsOnProvisionalDays(from, to);

    public static bool AnyProvisional(IBusinessCalendar calendar, Application application) =>
        DueIsProvisional(calendar, application.AcceptedAt, application.DueAt)
        || CertificateIsProvisional(calendar, application.RegisteredAt ?? application.DueAt, application.CertificateReadyAt);
}
