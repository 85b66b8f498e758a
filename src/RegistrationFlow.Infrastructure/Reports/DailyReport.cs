namespace RegistrationFlow.Infrastructure.Reports;

/// <summary>
/// One office-local day's figures. <see cref="Overdue"/> counts the applications due that day that are overdue as
/// <see cref="Applications.OverdueRule"/> judges them (past due while the clock ran, not registered by then; a clock
/// suspended for a supplement does not run out); <see cref="RegisteredOnTime"/> those registered that day at or
/// before their due instant.
/// </summary>
public sealed record DailyReport(
    DateOnly Date,
    DateTimeOffset From,
    DateTimeOffset To,
    int Received,
    int Accepted,
    int Registered,
    int RegisteredOnTime,
    int Overdue,
    int CertificatesReady,
    int HandedOver);
