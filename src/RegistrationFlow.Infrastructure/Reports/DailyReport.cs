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
    int MissedByApplicant = 0,
    FeeTotals? Fees = null)
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

/// <summary>
/// The day's takings in yuan: payments received that day, payments voided that day (a void counts on its own day, so a
/// past day's figures never change), and the net per method and per cashier (who took the payment).
/// </summary>
public sealed record FeeTotals(decimal Received, decimal Voided, IReadOnlyDictionary<string, decimal> ByMethod, IReadOnlyDictionary<string, decimal> ByCashier)
{
    public decimal Net => Received - Voided;
    public static readonly FeeTotals None = new(0m, 0m, new Dictionary<string, decimal>(), new Dictionary<string, decimal>());
}
