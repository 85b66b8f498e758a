using System.Diagnostics;
using System.Net;
using RegistrationFlow.LoadTest.Api;
using RegistrationFlow.LoadTest.Data;
using RegistrationFlow.LoadTest.Measurement;
using RegistrationFlow.LoadTest.Options;

namespace RegistrationFlow.LoadTest.Running;

/// <summary>
/// One virtual user: claims work items and walks each application create → accept → pass → approve, then hands it
/// over once the certificate is ready. Hand-overs are pipelined: an approved application waits in this user's queue
/// while the user starts the next one, and the oldest is polled at most once per poll interval — so waiting for
/// certificate-ready (a deadline job on the training clock) neither idles the user nor floods the service with GETs.
/// </summary>
internal sealed class VirtualUser(
    int index,
    LoadTestOptions options,
    RegistrationApi api,
    RunCounters counters,
    RunWindow window,
    RatePacer? pacer,
    Func<long, WorkKind> kindOf)
{
    private static readonly object Comment = new { comment = "负载测试 load test" };
    /// <summary>领证 names its collector (an agent with a power of attorney: no intake document to match) and takes the fee.</summary>
    private static readonly object Collector = new
    {
        comment = "负载测试 load test",
        collector = new { capacity = "agent", name = "代理人", idType = "resident-id", idNumber = "11010519491231002X" },
        payment = new { method = "cash" },
    };

    private readonly Queue<AwaitingPickup> _awaitingPickup = new();
    private readonly Random _random = new(unchecked(Environment.TickCount * 31 + index));
    private long _lastPoll;

    private string Reviewer => DemoUsers.Reviewers[index % DemoUsers.Reviewers.Length];
    private string Approver => DemoUsers.Approvers[index % DemoUsers.Approvers.Length];

    public long OpenAdded { get; private set; }
    public long CompletedAdded { get; private set; }

    public async Task RunAsync()
    {
        try
        {
            while (window.TryClaim(out var item))
            {
                await HandOverWhatIsReadyAsync();
                await WalkAsync(kindOf(item));
            }
            await DrainAsync();
        }
        catch (OperationCanceledException) when (window.Cancellation.IsCancellationRequested)
        {
            // stopped from outside (Ctrl-C): report what was done
        }
    }

    private async Task WalkAsync(WorkKind kind)
    {
        var created = await StepAsync(LifecycleActions.Create, () => api.CreateApplicationAsync(DemoUsers.Clerk, ApplicationRequests.NewTransfer(TestIdentifiers.Shared, _random), window.Cancellation));
        if (created is null) return;
        var id = created.Text("id");
        if (id is null)
        {
            counters.Error("create: no id", "201 without an id in the body");
            return;
        }

        var state = await ActAsync(DemoUsers.Clerk, id, LifecycleActions.Accept, created);
        if (state is null) return;
        if (kind == WorkKind.Open)
        {
            OpenAdded++;
            counters.LifecycleDone();
            return;
        }

        state = await ActAsync(Reviewer, id, LifecycleActions.Pass, state);
        if (state is null) return;
        state = await ActAsync(Approver, id, LifecycleActions.Approve, state);
        if (state is null) return;

        if (!options.HandOver)
        {
            counters.LifecycleDone();
            return;
        }
        _awaitingPickup.Enqueue(new AwaitingPickup(id, Stopwatch.GetTimestamp()));
    }

    /// <summary>Polls the oldest approved application (at most once per interval) and hands over each that is ready.</summary>
    private async Task HandOverWhatIsReadyAsync()
    {
        while (_awaitingPickup.TryPeek(out var oldest))
        {
            if (Stopwatch.GetElapsedTime(_lastPoll) < options.PickupPollInterval) return;
            if (!await TryHandOverAsync(oldest)) return;
        }
    }

    /// <summary>Lifecycle-count and backlog runs finish what they approved: every hand-over, within the pickup timeout.</summary>
    private async Task DrainAsync()
    {
        while (_awaitingPickup.TryPeek(out var oldest) && !window.Cancellation.IsCancellationRequested)
        {
            if (options.Duration is { } && window.TimeIsUp) return; // a timed run ends at its time; approved ones stay at pickup
            var sincePoll = Stopwatch.GetElapsedTime(_lastPoll);
            if (sincePoll < options.PickupPollInterval)
                await Task.Delay(options.PickupPollInterval - sincePoll, window.Cancellation);
            await TryHandOverAsync(oldest);
        }
    }

    /// <summary>True when the application left the queue (handed over, or given up on); false when it is not ready yet.</summary>
    private async Task<bool> TryHandOverAsync(AwaitingPickup waiting)
    {
        _lastPoll = Stopwatch.GetTimestamp();
        var current = await StepAsync(LifecycleActions.Poll, () => api.GetApplicationAsync(DemoUsers.Clerk, waiting.Id, window.Cancellation), countsAsAction: false);
        if (current is null)
        {
            _awaitingPickup.Dequeue();
            return true;
        }
        if (current.Text("status") != LifecycleActions.ReadyForPickupStatus && current.Text("step") != LifecycleActions.PickupStep)
        {
            if (Stopwatch.GetElapsedTime(waiting.ApprovedAt) <= options.PickupTimeout) return false;
            _awaitingPickup.Dequeue();
            counters.Error("pickup: not ready in time",
                $"status '{current.Text("status")}' at step '{current.Text("step")}' {options.PickupTimeout.TotalSeconds:0} s after approval — does the service run on the training clock (Clock:Rate)? Otherwise use --no-handover");
            return true;
        }

        _awaitingPickup.Dequeue();
        if (await ActAsync(DemoUsers.Clerk, waiting.Id, LifecycleActions.HandOver, current) is not null)
        {
            CompletedAdded++;
            counters.LifecycleDone();
        }
        return true;
    }

    private Task<ApiResponse?> ActAsync(string user, string id, string action, ApiResponse previous) =>
        StepAsync(action, async () =>
        {
            var body = action == LifecycleActions.HandOver ? Collector : Comment;
            var response = await api.ActAsync(user, id, action, previous.EntityTag, body, window.Cancellation);
            if (response.Status != HttpStatusCode.PreconditionFailed) return response;
            // A deadline job (a warning or breach on the training clock) changed the application since this user read it:
            // reload and act again, as a person at the desk would. The action's time includes the reload.
            var started = Stopwatch.GetTimestamp();
            var current = await api.GetApplicationAsync(user, id, window.Cancellation);
            counters.Measured(LifecycleActions.Reload, started);
            return current.IsSuccess ? await api.ActAsync(user, id, action, current.EntityTag, body, window.Cancellation) : response;
        });

    /// <summary>One request, paced if a rate is set, timed from the moment it is sent; null (and an error counted) on failure.</summary>
    private async Task<ApiResponse?> StepAsync(string action, Func<Task<ApiResponse>> send, bool countsAsAction = true)
    {
        if (countsAsAction && pacer is not null && await pacer.WaitForSlotAsync(window.Cancellation)) counters.LateStart();

        var started = Stopwatch.GetTimestamp();
        ApiResponse response;
        try
        {
            response = await send();
        }
        catch (OperationCanceledException) when (window.Cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            counters.Error($"{action}: {error.GetType().Name}", error.Message);
            return null;
        }

        if (!response.IsSuccess)
        {
            counters.Error($"{action}: {(int)response.Status}", response.Describe());
            return null;
        }
        if (countsAsAction) counters.ActionDone(action, started);
        else counters.Measured(action, started);
        return response;
    }

    private sealed record AwaitingPickup(string Id, long ApprovedAt);
}

/// <summary>What a work item becomes: a whole lifecycle, or an application left open at review (backlog).</summary>
public enum WorkKind { Lifecycle, Open }
