using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

public class ClockAndDeadlineTests
{
    private readonly WorkflowEngine _engine = new(new SimpleTestCalendar());

    private static CompiledWorkflow Workflow(SupplementClock onSupplement, int? supplementWithin = null) =>
        CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer(TestWorkflows.SameDay(onSupplement, supplementWithin)));

    private EngineResult.Accepted Do(CompiledWorkflow wf, InstanceState state, string action, Actor actor, DateTimeOffset now, ActionInput? input = null) =>
        _engine.Apply(wf, state, TestWorkflows.Ordinary, action, actor, input ?? ActionInput.None, now).AcceptedOrThrow();

    /// <summary>Accepted Monday 10:00 (due 17:00), supplement requested at 11:00 — six working hours left.</summary>
    private InstanceState AwaitingSupplement(CompiledWorkflow wf)
    {
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 6, 15, 10, 0)).State;
        return Do(wf, state, "request-supplement", People.Reviewer, At(2026, 6, 15, 11, 0), new ActionInput(MissingMaterials: ["deed-tax-proof"])).State;
    }

    private static readonly ActionInput Received = new(ReceivedMaterials: ["deed-tax-proof"]);

    [Fact]
    public void Pause_keeps_the_remaining_working_time()
    {
        var wf = Workflow(SupplementClock.Pause);
        var waiting = AwaitingSupplement(wf);
        Assert.Equal(TimeSpan.FromHours(6), waiting.Clock.RemainingWhilePaused);
        Assert.Equal(At(2026, 6, 15, 11, 0), waiting.Clock.PausedAt);

        // Materials arrive Tuesday 09:00: six working hours later is Tuesday 15:00.
        var resumed = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 16, 9, 0), Received);
        Assert.Equal(At(2026, 6, 16, 15, 0), resumed.State.Clock.DueAt);
        Assert.Equal(At(2026, 6, 15, 10, 0), resumed.State.Clock.AcceptedAt);
        Assert.Equal(
        [
            new TaskClosed("awaiting-supplement"),
            new ClockResumed(At(2026, 6, 16, 9, 0), At(2026, 6, 16, 15, 0)),
            new DeadlineScheduled(DeadlineKind.Warning, At(2026, 6, 16, 14, 0)),
            new DeadlineScheduled(DeadlineKind.Breach, At(2026, 6, 16, 15, 0).AddSeconds(1)),
            new TaskOpened("review", "reviewer", At(2026, 6, 16, 15, 0)),
        ], resumed.Effects);
    }

    [Fact]
    public void Pause_over_a_weekend_counts_only_working_time()
    {
        var wf = Workflow(SupplementClock.Pause);
        var waiting = AwaitingSupplement(wf);
        // Friday 16:00 + 6h of working time: 1h on Friday, 5h on Monday from 08:30 → Monday 13:30.
        var resumed = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 19, 16, 0), Received);
        Assert.Equal(At(2026, 6, 22, 13, 30), resumed.State.Clock.DueAt);
    }

    [Fact]
    public void Restart_gives_a_new_due_from_the_moment_the_materials_arrive()
    {
        var wf = Workflow(SupplementClock.Restart);
        var waiting = AwaitingSupplement(wf);
        Assert.Null(waiting.Clock.RemainingWhilePaused);
        var resumed = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 16, 9, 0), Received);
        Assert.Equal(At(2026, 6, 16, 17, 0), resumed.State.Clock.DueAt);
        Assert.Contains(new ClockResumed(At(2026, 6, 16, 9, 0), At(2026, 6, 16, 17, 0)), resumed.Effects);

        // After the cut-off the restarted clock runs to the next working day's closing.
        var late = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 16, 16, 30), Received);
        Assert.Equal(At(2026, 6, 17, 17, 0), late.State.Clock.DueAt);
    }

    [Fact]
    public void Suspending_cancels_the_clock_deadlines_and_stale_ones_do_nothing()
    {
        var wf = Workflow(SupplementClock.Pause);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 6, 15, 10, 0)).State;
        var asked = Do(wf, state, "request-supplement", People.Reviewer, At(2026, 6, 15, 11, 0), new ActionInput(MissingMaterials: ["x"]));
        Assert.Equal(
        [
            new TaskClosed("review"),
            new DeadlineCancelled(DeadlineKind.Warning),
            new DeadlineCancelled(DeadlineKind.Breach),
            new ClockSuspended(At(2026, 6, 15, 11, 0), TimeSpan.FromHours(6)),
        ], asked.Effects.Where(e => e is not Notify and not TaskOpened));

        // The old breach job fires anyway: while paused it changes nothing.
        var stale = _engine.OnDeadline(wf, asked.State, DeadlineKind.Breach, At(2026, 6, 15, 17, 1)).AcceptedOrThrow();
        Assert.Empty(stale.Effects);
        Assert.Same(asked.State, stale.State);
    }

    [Fact]
    public void Warning_then_breach_each_act_once()
    {
        var wf = Workflow(SupplementClock.Restart);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 6, 15, 10, 0)).State;

        var early = _engine.OnDeadline(wf, state, DeadlineKind.Warning, At(2026, 6, 15, 15, 59)).AcceptedOrThrow();
        Assert.Empty(early.Effects);

        var warned = _engine.OnDeadline(wf, state, DeadlineKind.Warning, At(2026, 6, 15, 16, 0)).AcceptedOrThrow();
        var notify = Assert.Single(warned.Effects.Cast<Notify>());
        Assert.Equal(("reviewer", NotifyTemplates.DeadlineWarning), (notify.Audience, notify.Template));
        Assert.Contains("2026-06-15 17:00", notify.Text.ZhCn);
        Assert.Equal(state.Revision + 1, warned.State.Revision);

        var again = _engine.OnDeadline(wf, warned.State, DeadlineKind.Warning, At(2026, 6, 15, 16, 5)).AcceptedOrThrow();
        Assert.Empty(again.Effects);
        Assert.Same(warned.State, again.State);

        var atDue = _engine.OnDeadline(wf, warned.State, DeadlineKind.Breach, At(2026, 6, 15, 17, 0)).AcceptedOrThrow();
        Assert.Empty(atDue.Effects); // registration at the due instant is still on time

        var breached = _engine.OnDeadline(wf, warned.State, DeadlineKind.Breach, At(2026, 6, 15, 17, 0).AddSeconds(1)).AcceptedOrThrow();
        Assert.True(breached.State.Clock.Overdue);
        var escalation = Assert.Single(breached.Effects.Cast<Notify>());
        Assert.Equal(("manager", NotifyTemplates.DeadlineBreach), (escalation.Audience, escalation.Template));

        var twice = _engine.OnDeadline(wf, breached.State, DeadlineKind.Breach, At(2026, 6, 15, 18, 0)).AcceptedOrThrow();
        Assert.Empty(twice.Effects);
        Assert.Same(breached.State, twice.State);

        // Registered late: not on time, and the certificate still comes next morning.
        var approval = Do(wf, breached.State, "pass", People.Reviewer, At(2026, 6, 16, 9, 0)).State;
        var registered = Do(wf, approval, "approve", People.Approver, At(2026, 6, 16, 10, 0));
        Assert.Contains(new RecordedInRegister(At(2026, 6, 16, 10, 0), OnTime: false), registered.Effects);
        Assert.False(registered.State.Clock.RegisteredOnTime);
    }

    [Fact]
    public void Breach_after_registration_is_a_no_op()
    {
        var wf = Workflow(SupplementClock.Restart);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 6, 15, 10, 0)).State;
        state = Do(wf, state, "pass", People.Reviewer, At(2026, 6, 15, 11, 0)).State;
        state = Do(wf, state, "approve", People.Approver, At(2026, 6, 15, 16, 59)).State;
        var late = _engine.OnDeadline(wf, state, DeadlineKind.Breach, At(2026, 6, 15, 17, 5)).AcceptedOrThrow();
        Assert.Empty(late.Effects);
        Assert.False(late.State.Clock.Overdue);
        Assert.True(late.State.Clock.RegisteredOnTime);
    }

    [Fact]
    public void Certificate_ready_releases_the_wait_step_once_and_not_before_its_time()
    {
        var wf = Workflow(SupplementClock.Restart);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 19, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 6, 19, 10, 0)).State;
        state = Do(wf, state, "pass", People.Reviewer, At(2026, 6, 19, 11, 0)).State;
        state = Do(wf, state, "approve", People.Approver, At(2026, 6, 19, 15, 0)).State; // Friday
        Assert.Equal(At(2026, 6, 22, 8, 30), state.Clock.CertificateReadyAt); // Monday opening

        var tooEarly = _engine.OnDeadline(wf, state, DeadlineKind.CertificateReady, At(2026, 6, 22, 8, 29)).AcceptedOrThrow();
        Assert.Empty(tooEarly.Effects);
        Assert.Equal("certificate", Assert.Single(tooEarly.State.Tokens).StepId);

        var released = _engine.OnDeadline(wf, state, DeadlineKind.CertificateReady, At(2026, 6, 22, 8, 30)).AcceptedOrThrow();
        Assert.Equal([new CertificateReady(At(2026, 6, 22, 8, 30)), new TaskOpened("pickup", "clerk", null)], released.Effects);
        Assert.Equal("pickup", Assert.Single(released.State.Tokens).StepId);

        var duplicate = _engine.OnDeadline(wf, released.State, DeadlineKind.CertificateReady, At(2026, 6, 22, 8, 31)).AcceptedOrThrow();
        Assert.Empty(duplicate.Effects);
        Assert.Same(released.State, duplicate.State);
    }

    [Fact]
    public void Deadlines_on_an_ended_instance_do_nothing()
    {
        var wf = Workflow(SupplementClock.Restart);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 6, 15, 10, 0)).State;
        state = Do(wf, state, "withdraw", People.Clerk, At(2026, 6, 15, 10, 30), new ActionInput(Reason: "撤回")).State;
        foreach (var kind in Enum.GetValues<DeadlineKind>())
        {
            var result = _engine.OnDeadline(wf, state, kind, At(2026, 6, 20, 9, 0)).AcceptedOrThrow();
            Assert.Empty(result.Effects);
            Assert.Same(state, result.State);
        }
    }

    [Fact]
    public void Supplement_not_supplied_in_time_counts_as_withdrawn()
    {
        var wf = Workflow(SupplementClock.Pause, supplementWithin: 5);
        var waiting = AwaitingSupplement(wf);
        // Monday 2026-06-15 + 5 working days (first day not counted) = Monday 2026-06-22, at closing.
        Assert.Equal(At(2026, 6, 22, 17, 0), waiting.Clock.SupplementExpiresAt);

        Assert.Empty(_engine.OnDeadline(wf, waiting, DeadlineKind.SupplementExpiry, At(2026, 6, 22, 16, 59)).AcceptedOrThrow().Effects);
        var expired = _engine.OnDeadline(wf, waiting, DeadlineKind.SupplementExpiry, At(2026, 6, 22, 17, 0)).AcceptedOrThrow();
        Assert.Equal(EndOutcome.Withdrawn, expired.State.Outcome);
        Assert.Equal(
        [
            new TaskClosed("awaiting-supplement"),
            new InstanceEnded(EndOutcome.Withdrawn),
        ], expired.Effects.Where(e => e is not Notify));
        Assert.Equal(NotifyTemplates.SupplementExpired, Assert.Single(expired.Effects.OfType<Notify>()).Template);

        // Materials in time: the expiry is cancelled and a late job does nothing.
        var resumed = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 16, 9, 0), Received);
        Assert.Contains(new DeadlineCancelled(DeadlineKind.SupplementExpiry), resumed.Effects);
        Assert.Empty(_engine.OnDeadline(wf, resumed.State, DeadlineKind.SupplementExpiry, At(2026, 6, 22, 17, 0)).AcceptedOrThrow().Effects);
    }
}
