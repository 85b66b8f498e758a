using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RegistrationFlow.Benchmarks;

/// <summary>1 s divided by the mean time of one operation; the transition benchmarks count one transition per operation.</summary>
public sealed class TransitionsPerSecondColumn : IColumn
{
    public string Id => nameof(TransitionsPerSecondColumn);
    public string ColumnName => "Transitions/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Transitions per second: 1 s / Mean (the mean time of one transition)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics?.Mean is > 0 and var mean
            ? (1e9 / mean).ToString("N0", CultureInfo.InvariantCulture)
            : "NA";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
