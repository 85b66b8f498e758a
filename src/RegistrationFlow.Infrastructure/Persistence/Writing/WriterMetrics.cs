using System.Diagnostics.Metrics;

namespace RegistrationFlow.Infrastructure.Persistence.Writing;

/// <summary>
/// What the SQLite writer reports to <c>System.Diagnostics.Metrics</c> (meter <see cref="MeterName"/>): watch it with
/// <c>dotnet-counters monitor -p PID --counters RegistrationFlow.Database</c> (docs/DEPLOYMENT.md).
/// </summary>
public static class WriterMetrics
{
    public const string MeterName = "RegistrationFlow.Database";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> UnitsCommitted = Meter.CreateCounter<long>(
        "registrationflow.writer.units_committed", unit: "{unit}", description: "Units of work committed by the SQLite writer.");

    public static readonly Histogram<int> UnitsPerTransaction = Meter.CreateHistogram<int>(
        "registrationflow.writer.units_per_transaction", unit: "{unit}", description: "How many units shared each committed transaction.");

    public static readonly Counter<long> TransactionsFailed = Meter.CreateCounter<long>(
        "registrationflow.writer.transactions_failed", unit: "{transaction}", description: "Transactions whose every unit failed because the transaction did.");
}
