using System.Diagnostics;
using System.Globalization;
using RegistrationFlow.LoadTest.Measurement;

namespace RegistrationFlow.LoadTest.Reporting;

/// <summary>Once a second: elapsed, actions done, actions/s over the last second and overall, lifecycles, errors.</summary>
public sealed class ProgressLine(RunCounters counters, TextWriter output, long startTimestamp)
{
    private long _lastActions;
    private TimeSpan _lastElapsed;

    public async Task RunAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop)) WriteNow();
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
    }

    public void WriteNow()
    {
        var elapsed = Stopwatch.GetElapsedTime(startTimestamp);
        var actions = counters.Actions;
        var window = (elapsed - _lastElapsed).TotalSeconds;
        var recent = window > 0 ? (actions - _lastActions) / window : 0;
        var overall = elapsed.TotalSeconds > 0 ? actions / elapsed.TotalSeconds : 0;
        _lastActions = actions;
        _lastElapsed = elapsed;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"[{elapsed.TotalSeconds,6:0.0} s] actions {actions,8}  actions/s {recent,7:0.0} (mean {overall,7:0.0})  lifecycles {counters.Lifecycles,7}  errors {counters.Errors}"));
        output.Flush();
    }
}
