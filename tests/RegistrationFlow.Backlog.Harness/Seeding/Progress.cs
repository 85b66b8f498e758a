using System.Diagnostics;

namespace RegistrationFlow.Backlog.Seeding;

/// <summary>A live progress line on stderr (at most once a second) and the rate at the end.</summary>
public sealed class Progress(string what, long total)
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private TimeSpan _lastPrinted = TimeSpan.Zero;

    public long Done { get; private set; }
    public long Skipped { get; private set; }
    public long Transactions { get; private set; }
    public TimeSpan Elapsed => _watch.Elapsed;
    public double PerSecond => Done / Math.Max(_watch.Elapsed.TotalSeconds, 1e-9);

    public void AlreadyThere(long count) => Skipped += count;

    public void Add(long applications, long transactions = 0)
    {
        Done += applications;
        Transactions += transactions;
        if (_watch.Elapsed - _lastPrinted >= TimeSpan.FromSeconds(1))
        {
            _lastPrinted = _watch.Elapsed;
            Console.Error.Write($"\r{what}: {Skipped + Done:N0}/{total:N0} applications, {_watch.Elapsed.TotalSeconds:F0} s, " +
                                $"{PerSecond:N0} applications/s{(Transactions > 0 ? $", {Transactions / _watch.Elapsed.TotalSeconds:N0} transactions/s" : "")}   ");
        }
    }

    public string Summary() =>
        $"{what}: {Done:N0} applications written ({Skipped:N0} were already there) in {_watch.Elapsed.TotalSeconds:F1} s = {PerSecond:N1} applications/s" +
        (Transactions > 0 ? $", {Transactions:N0} service transactions = {Transactions / Math.Max(_watch.Elapsed.TotalSeconds, 1e-9):N1}/s" : "");
}
