using System.Diagnostics;
using System.Globalization;
using RegistrationFlow.LoadTest.Api;
using RegistrationFlow.LoadTest.Measurement;
using RegistrationFlow.LoadTest.Options;
using RegistrationFlow.LoadTest.Reporting;

namespace RegistrationFlow.LoadTest.Running;

/// <summary>
/// The load generator's engine: signs in the demo users, runs the virtual users against a running instance and
/// returns the figures. The console passes a <see cref="SocketsHttpHandler"/>; tests pass a test server's handler.
/// </summary>
public sealed class LoadRunner(LoadTestOptions options, HttpMessageHandler handler, TextWriter progress)
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Queries that tell how much backlog already exists, so a backlog run resumes where the last one stopped.</summary>
    public const string OpenQuery = "status=in-progress";
    public const string CompletedQuery = "status=completed";

    /// <summary>Runs until the duration, the lifecycle count or the backlog targets are reached, or <paramref name="stop"/> is cancelled.</summary>
    public async Task<LoadResult> RunAsync(CancellationToken stop = default)
    {
        if (!LoopbackTarget.IsLoopback(options.Url))
            throw new LoadTestException($"Refusing {options.Url}: the load generator only targets this machine.");

        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = options.Url, Timeout = RequestTimeout };
        var api = new RegistrationApi(http, options.Password);

        string[] everyone = [DemoUsers.Clerk, .. DemoUsers.Reviewers, .. DemoUsers.Approvers];
        foreach (var user in everyone) await api.SignInAsync(user, stop);

        var (items, kindOf, backlogBefore) = await PlanAsync(api, stop);
        progress.WriteLine(Describe(items, backlogBefore));

        var counters = new RunCounters();
        var start = Stopwatch.GetTimestamp();
        var window = new RunWindow(start, options.Duration, items, stop);
        var pacer = options.Rate is { } rate ? new RatePacer(rate, start) : null;
        var users = Enumerable.Range(0, options.Users)
            .Select(i => new VirtualUser(i, options, api, counters, window, pacer, kindOf))
            .ToList();

        using var progressStop = new CancellationTokenSource();
        var progressLine = new ProgressLine(counters, progress, start);
        var progressTask = progressLine.RunAsync(progressStop.Token);
        await Task.WhenAll(users.Select(u => Task.Run(u.RunAsync, CancellationToken.None)));
        var elapsed = Stopwatch.GetElapsedTime(start);
        await progressStop.CancelAsync();
        await progressTask;
        progressLine.WriteNow();

        return new LoadResult
        {
            Mode = options.Mode,
            Users = options.Users,
            TargetRate = options.Rate,
            Elapsed = elapsed,
            Actions = counters.Actions,
            Lifecycles = counters.Lifecycles,
            Errors = counters.Errors,
            LateStarts = counters.LateStarts,
            Latency = counters.AllActions.Summarise(),
            ByAction = Order(counters.ByAction.Select(p => (p.Key, p.Value.Summarise()))),
            ErrorKinds = counters.ErrorKinds.OrderByDescending(p => p.Value.Count).Select(p => (p.Key, p.Value.Count, p.Value.Example)).ToList(),
            Backlog = backlogBefore is { } b
                ? new BacklogFigures(b.Open, b.Completed, users.Sum(u => u.OpenAdded), users.Sum(u => u.CompletedAdded), options.Backlog, options.History)
                : null,
        };
    }

    /// <summary>How many work items the run has and what each one is. Backlog: completed ones first, then open ones, only what is missing.</summary>
    private async Task<(long? Items, Func<long, WorkKind> KindOf, (long Open, long Completed)? Before)> PlanAsync(RegistrationApi api, CancellationToken stop)
    {
        if (options.Mode == LoadMode.Lifecycle)
            return (options.Lifecycles, _ => WorkKind.Lifecycle, null);

        var open = options.Backlog > 0 ? await api.CountApplicationsAsync(DemoUsers.Clerk, OpenQuery, stop) : 0;
        var completed = options.History > 0 ? await api.CountApplicationsAsync(DemoUsers.Clerk, CompletedQuery, stop) : 0;
        var completedMissing = Math.Max(0, options.History - completed);
        var openMissing = Math.Max(0, options.Backlog - open);
        return (completedMissing + openMissing, item => item < completedMissing ? WorkKind.Lifecycle : WorkKind.Open, (open, completed));
    }

    private static List<(string, LatencySummary)> Order(IEnumerable<(string Action, LatencySummary Latency)> rows)
    {
        string[] order = [LifecycleActions.Create, LifecycleActions.Accept, LifecycleActions.Pass, LifecycleActions.Approve, LifecycleActions.HandOver, LifecycleActions.Poll];
        return rows.OrderBy(r => Array.IndexOf(order, r.Action) is var i and >= 0 ? i : order.Length).ThenBy(r => r.Action, StringComparer.Ordinal).ToList();
    }

    private string Describe(long? items, (long Open, long Completed)? backlogBefore)
    {
        var c = CultureInfo.InvariantCulture;
        if (backlogBefore is { } b)
            return string.Create(c, $"backlog: {b.Open} open and {b.Completed} completed exist; adding {items} with {options.Users} users");
        var bound = options.Lifecycles is { } n ? string.Create(c, $"{n} lifecycles") : string.Create(c, $"{options.Duration!.Value.TotalSeconds:0.#} s");
        var pacing = options.Rate is { } r ? string.Create(c, $"paced at {r:0.#} actions/s") : "unpaced";
        return $"lifecycle: {options.Users} users, {bound}, {pacing}, {(options.HandOver ? "with" : "without")} hand-over";
    }
}
