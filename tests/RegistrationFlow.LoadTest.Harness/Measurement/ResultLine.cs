using System.Globalization;
using System.Text.RegularExpressions;

namespace RegistrationFlow.LoadTest.Measurement;

/// <summary>The one machine-readable line a run ends with.</summary>
public static partial class ResultLine
{
    public static string Format(double actionsPerSecond, double lifecyclesPerSecond, double p50, double p95, double p99, long errors) =>
        string.Create(CultureInfo.InvariantCulture,
            $"RESULT actions_per_s={actionsPerSecond:0.0} lifecycles_per_s={lifecyclesPerSecond:0.00} p50_ms={p50:0.00} p95_ms={p95:0.00} p99_ms={p99:0.00} errors={errors}");

    /// <summary>Matches a well-formed line and captures each figure by name.</summary>
    [GeneratedRegex(@"^RESULT actions_per_s=(?<actions>\d+(\.\d+)?) lifecycles_per_s=(?<lifecycles>\d+(\.\d+)?) p50_ms=(?<p50>\d+(\.\d+)?) p95_ms=(?<p95>\d+(\.\d+)?) p99_ms=(?<p99>\d+(\.\d+)?) errors=(?<errors>\d+)$")]
    public static partial Regex Pattern();
}
