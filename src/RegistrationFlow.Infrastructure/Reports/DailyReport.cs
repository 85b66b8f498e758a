namespace RegistrationFlow.Infrastructure.Reports;

/// <summary>
/// One office-local day's figures. <see cref="Overdue"/> counts the applications due that day that are overdue as
/// <see cref="Applications.OverdueRule"/> judges them (past due while the clock ran, not registered by then; a clock
/// suspended for a supplement does not run out); <see cref="RegisteredOnTime"/> those registered that day at or
/// before their due instant; <see cref="MissedByApplicant"/> those registered late that day because a 容缺 material the
/// applicant owed was not supplied by the due instant — the applicant's misses, left out of the centre's on-time rate.
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
    int HandedOver,
    int MissedByApplicant = 0)
{
    /// <summary>Registered on time / registered, the applicant's misses left out; null when nothing counts.</summary>
    public double? OnTimeRate => OnTime.Rate(RegisteredOnTime, Registered, MissedByApplicant);
}

/// <summary>The centre's on-time rate: a miss the applicant caused (a 容缺 material owed past the due instant) is not counted.</summary>
public static class OnTime
{
    public static double? Rate(int onTime, int registered, int missedByApplicant)
    {
        var counted = registered - missedByApplicant;
        return counted <= 0 ? null : (double)onTime / counted;
    }
}
