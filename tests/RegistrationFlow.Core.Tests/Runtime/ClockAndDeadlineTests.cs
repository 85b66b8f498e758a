using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Core.Tests.Calendar;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

/// <summary>
/// Deadlines on the real business calendar with the shipped holiday data and Linhai hall hours
/// (summer 08:30–12:00 and 14:00–17:30; winter 08:30–12:00 and 13:30–17:00). <c>At</c> is Linhai local time.
/// </summary>
public class ClockAndDeadlineTests
{
    private readonly WorkflowEngine _engine = new(CalendarFiles.Linhai);

    private static CompiledWorkflow Workflow(SupplementClock onSupplement, int? supplementWithin = null) =>
        CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer(TestWorkflows.SameDay(onSupplement, supplementWithin)));

    private EngineResult.Accepted Do(CompiledWorkflow wf, InstanceState state, string action, Actor actor, DateTimeOffset now, ActionInput? input = null) =>
        _engine.Apply(wf, state, TestWorkflows.Ordinary, action, actor, input ?? ActionInput.None, now).AcceptedOrThrow();

    /// <summary>Accepted Monday 2026-06-15 10:00 (due 17:30), supplement requested at 11:00 — 1h + 3h30 of working time left.</summary>
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
        Assert.Equal(TimeSpan.FromHours(4.5), waiting.Clock.RemainingWhilePaused);
        Assert.Equal(At(2026, 6, 15, 11, 0), waiting.Clock.PausedAt);

        // Materials arrive Tuesday 09:00: 3h until lunch, 1h30 after 14:00 → Tuesday 15:30.
        var resumed = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 16, 9, 0), Received);
        Assert.Equal(At(2026, 6, 16, 15, 30), resumed.State.Clock.DueAt);
        Assert.Equal(At(2026, 6, 15, 10, 0), resumed.State.Clock.AcceptedAt);
        Assert.Equal(
        [
            new TaskClosed("awaiting-supplement"),
            new ClockResumed(At(2026, 6, 16, 9, 0), At(2026, 6, 16, 15, 30)),
            new DeadlineScheduled(DeadlineKind.Warning, At(2026, 6, 16, 14, 30)),
            new DeadlineScheduled(DeadlineKind.Breach, At(2026, 6, 16, 15, 30).AddSeconds(1)),
            new TaskOpened("review", "reviewer", At(2026, 6, 16, 15, 30)),
        ], resumed.Effects);
    }

    [Fact]
    public void Pause_over_the_dragon_boat_holiday_counts_only_working_time()
    {
        var wf = Workflow(SupplementClock.Pause);
        var waiting = AwaitingSupplement(wf);
        // Thursday 06-18 16:00 + 4h30: 1h30 that day, 06-19…21 are off, then 3h from Monday 08:30 → 11:30.
        var resumed = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 18, 16, 0), Received);
        Assert.Equal(At(2026, 6, 22, 11, 30), resumed.State.Clock.DueAt);
    }

    [Fact]
    public void Restart_gives_a_new_due_from_the_moment_the_materials_arrive()
    {
        var wf = Workflow(SupplementClock.Restart);
        var waiting = AwaitingSupplement(wf);
        Assert.Null(waiting.Clock.RemainingWhilePaused);
        var resumed = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 16, 9, 0), Received);
        Assert.Equal(At(2026, 6, 16, 17, 30), resumed.State.Clock.DueAt);
        Assert.Contains(new ClockResumed(At(2026, 6, 16, 9, 0), At(2026, 6, 16, 17, 30)), resumed.Effects);

        // After the cut-off the restarted clock runs to the next working day's closing, past the holiday.
        var late = Do(wf, waiting, "resubmit", People.Clerk, At(2026, 6, 18, 16, 30), Received);
        Assert.Equal(At(2026, 6, 22, 17, 30), late.State.Clock.DueAt);
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
            new ClockSuspended(At(2026, 6, 15, 11, 0), TimeSpan.FromHours(4.5)),
        ], asked.Effects.Where(e => e is not Notify and not TaskOpened));

        // The old breach job fires anyway: while paused it changes nothing.
        var stale = _engine.OnDeadline(wf, asked.State, DeadlineKind.Breach, At(2026, 6, 15, 17, 31)).AcceptedOrThrow();
        Assert.Empty(stale.Effects);
        Assert.Same(asked.State, stale.State);
    }

    [Fact]
    public void Warning_then_breach_each_act_once()
    {
        var wf = Workflow(SupplementClock.Restart);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 6, 15, 10, 0)).State;

        var early = _engine.OnDeadline(wf, state, DeadlineKind.Warning, At(2026, 6, 15, 16, 29)).AcceptedOrThrow();
        Assert.Empty(early.Effects);

        var warned = _engine.OnDeadline(wf, state, DeadlineKind.Warning, At(2026, 6, 15, 16, 30)).AcceptedOrThrow();
        var notify = Assert.Single(warned.Effects.Cast<Notify>());
        Assert.Equal(("reviewer", NotifyTemplates.DeadlineWarning), (notify.Audience, notify.Template));
        Assert.Contains("2026-06-15 17:30", notify.Text.ZhCn);
        Assert.Equal(state.Revision + 1, warned.State.Revision);

        var again = _engine.OnDeadline(wf, warned.State, DeadlineKind.Warning, At(2026, 6, 15, 16, 35)).AcceptedOrThrow();
        Assert.Empty(again.Effects);
        Assert.Same(warned.State, again.State);

        var atDue = _engine.OnDeadline(wf, warned.State, DeadlineKind.Breach, At(2026, 6, 15, 17, 30)).AcceptedOrThrow();
        Assert.Empty(atDue.Effects); // registration at the due instant is still on time

        var breached = _engine.OnDeadline(wf, warned.State, DeadlineKind.Breach, At(2026, 6, 15, 17, 30).AddSeconds(1)).AcceptedOrThrow();
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
        state = Do(wf, state, "approve", People.Approver, At(2026, 6, 15, 17, 29)).State;
        var late = _engine.OnDeadline(wf, state, DeadlineKind.Breach, At(2026, 6, 15, 17, 35)).AcceptedOrThrow();
        Assert.Empty(late.Effects);
        Assert.False(late.State.Clock.Overdue);
        Assert.True(late.State.Clock.RegisteredOnTime);
    }

    [Fact]
    public void Certificate_ready_releases_the_wait_step_once_and_not_before_its_time()
    {
        var wf = Workflow(SupplementClock.Restart);
        // The example: registered 2026-09-30 11:00 → ready 2026-10-08 08:30, after the National Day holiday.
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 9, 30, 9, 0)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 9, 30, 9, 30)).State;
        state = Do(wf, state, "pass", People.Reviewer, At(2026, 9, 30, 10, 0)).State;
        var approved = Do(wf, state, "approve", People.Approver, At(2026, 9, 30, 11, 0));
        Assert.Contains(new DeadlineScheduled(DeadlineKind.CertificateReady, At(2026, 10, 8, 8, 30)), approved.Effects);
        state = approved.State;
        Assert.Equal(At(2026, 10, 8, 8, 30), state.Clock.CertificateReadyAt);

        var tooEarly = _engine.OnDeadline(wf, state, DeadlineKind.CertificateReady, At(2026, 10, 8, 8, 29)).AcceptedOrThrow();
        Assert.Empty(tooEarly.Effects);
        Assert.Equal("certificate", Assert.Single(tooEarly.State.Tokens).StepId);

        var released = _engine.OnDeadline(wf, state, DeadlineKind.CertificateReady, At(2026, 10, 8, 8, 30)).AcceptedOrThrow();
        Assert.Equal([new CertificateReady(At(2026, 10, 8, 8, 30)), new TaskOpened("pickup", "clerk", null),
            new Notify(Notify.Applicant, NotifyTemplates.CertificateReady, MessageDefaults.For(Vocabulary.Messages.CertificateReady))], released.Effects);
        Assert.Equal("pickup", Assert.Single(released.State.Tokens).StepId);

        var duplicate = _engine.OnDeadline(wf, released.State, DeadlineKind.CertificateReady, At(2026, 10, 8, 8, 31)).AcceptedOrThrow();
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
        // Monday 2026-06-15 + 5 working days (first day not counted; 06-19 is a holiday) = Tuesday 06-23, at closing.
        Assert.Equal(At(2026, 6, 23, 17, 30), waiting.Clock.SupplementExpiresAt);

        Assert.Empty(_engine.OnDeadline(wf, waiting, DeadlineKind.SupplementExpiry, At(2026, 6, 23, 17, 29)).AcceptedOrThrow().Effects);
        var expired = _engine.OnDeadline(wf, waiting, DeadlineKind.SupplementExpiry, At(2026, 6, 23, 17, 30)).AcceptedOrThrow();
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
        Assert.Empty(_engine.OnDeadline(wf, resumed.State, DeadlineKind.SupplementExpiry, At(2026, 6, 23, 17, 30)).AcceptedOrThrow().Effects);
    }

    [Fact]
    public void Accepted_after_the_cut_off_before_a_make_up_saturday_is_due_that_saturday()
    {
        var wf = Workflow(SupplementClock.Restart);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 2, 13, 16, 0)).AcceptedOrThrow().State;
        var accepted = Do(wf, state, "accept", People.Clerk, At(2026, 2, 13, 16, 30));
        Assert.Equal(
        [
            new TaskClosed("intake"),
            new ClockStarted(At(2026, 2, 13, 16, 30), At(2026, 2, 14, 17, 0)),
            new DeadlineScheduled(DeadlineKind.Warning, At(2026, 2, 14, 16, 0)),
            new DeadlineScheduled(DeadlineKind.Breach, At(2026, 2, 14, 17, 0).AddSeconds(1)),
            new TaskOpened("review", "reviewer", At(2026, 2, 14, 17, 0)),
        ], accepted.Effects);
    }

    [Fact]
    public void Pause_across_a_holiday_and_the_change_to_winter_hours()
    {
        var wf = Workflow(SupplementClock.Pause);
        var state = _engine.Start(wf, TestWorkflows.Ordinary, At(2026, 9, 30, 8, 40)).AcceptedOrThrow().State;
        state = Do(wf, state, "accept", People.Clerk, At(2026, 9, 30, 9, 0)).State; // due 17:30 (summer)
        state = Do(wf, state, "request-supplement", People.Reviewer, At(2026, 9, 30, 11, 0), new ActionInput(MissingMaterials: ["x"])).State;
        Assert.Equal(TimeSpan.FromHours(4.5), state.Clock.RemainingWhilePaused);
        // Back on 10-08 (winter): 3h until 12:00, then 1h30 from 13:30 → 15:00.
        var resumed = Do(wf, state, "resubmit", People.Clerk, At(2026, 10, 8, 9, 0), Received).State;
        Assert.Equal(At(2026, 10, 8, 15, 0), resumed.Clock.DueAt);
        Assert.Equal(At(2026, 10, 8, 14, 0), resumed.Clock.WarningAt);
    }
}
