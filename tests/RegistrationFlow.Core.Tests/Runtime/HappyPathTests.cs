using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

public class HappyPathTests
{
    private readonly WorkflowEngine _engine = new(new SimpleTestCalendar());
    private readonly CompiledWorkflow _wf = CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer());

    private EngineResult.Accepted Do(InstanceState state, string action, Actor actor, DateTimeOffset now, ActionInput? input = null) =>
        _engine.Apply(_wf, state, TestWorkflows.Ordinary, action, actor, input ?? ActionInput.None, now).AcceptedOrThrow();

    [Fact]
    public void Accepted_to_completed_same_day_with_certificate_next_morning_and_every_effect_in_order()
    {
        // Monday 2026-06-15 in the simple calendar (08:30–17:00, weekdays).
        var started = _engine.Start(_wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow();
        Assert.Equal([new TaskOpened("intake", "clerk", null)], started.Effects);
        Assert.Equal(InstanceStatus.Active, started.State.Status);
        Assert.Equal((TestWorkflows.Id, 3), (started.State.WorkflowId, started.State.WorkflowVersion));

        var accepted = Do(started.State, "accept", People.Clerk, At(2026, 6, 15, 10, 0));
        Assert.Equal(
        [
            new TaskClosed("intake"),
            new ClockStarted(At(2026, 6, 15, 10, 0), At(2026, 6, 15, 17, 0)),
            new DeadlineScheduled(DeadlineKind.Warning, At(2026, 6, 15, 16, 0)),
            new DeadlineScheduled(DeadlineKind.Breach, At(2026, 6, 15, 17, 0).AddSeconds(1)),
            new TaskOpened("review", "reviewer", At(2026, 6, 15, 17, 0)),
        ], accepted.Effects);

        var passed = Do(accepted.State, "pass", People.Reviewer, At(2026, 6, 15, 11, 0));
        Assert.Equal([new TaskClosed("review"), new TaskOpened("approval", "approver", At(2026, 6, 15, 17, 0))], passed.Effects);

        var approved = Do(passed.State, "approve", People.Approver, At(2026, 6, 15, 14, 0));
        Assert.Equal(
        [
            new TaskClosed("approval"),
            new DeadlineCancelled(DeadlineKind.Warning),
            new DeadlineCancelled(DeadlineKind.Breach),
            new RecordedInRegister(At(2026, 6, 15, 14, 0), OnTime: true),
            new CertificateNumberRequested(CertificateKind.PropertyRight, At(2026, 6, 15, 14, 0)),
            new DeadlineScheduled(DeadlineKind.CertificateReady, At(2026, 6, 16, 8, 30)),
        ], approved.Effects);
        Assert.Equal("certificate", Assert.Single(approved.State.Tokens).StepId);
        Assert.True(approved.State.Clock.RegisteredOnTime);

        var ready = _engine.OnDeadline(_wf, approved.State, DeadlineKind.CertificateReady, At(2026, 6, 16, 8, 30)).AcceptedOrThrow();
        // Nothing on the pick-up step tells the applicant, so the engine sends the definition's certificate-ready message.
        Assert.Equal([new CertificateReady(At(2026, 6, 16, 8, 30)), new TaskOpened("pickup", "clerk", null),
            new Notify(Notify.Applicant, NotifyTemplates.CertificateReady, MessageDefaults.For(Vocabulary.Messages.CertificateReady))], ready.Effects);

        var handedOver = Do(ready.State, "hand-over", People.OtherClerk, At(2026, 6, 16, 9, 0));
        Assert.Equal([new TaskClosed("pickup"), new CertificateHandedOver(At(2026, 6, 16, 9, 0)), new InstanceEnded(EndOutcome.Completed)], handedOver.Effects);

        var final = handedOver.State;
        Assert.Equal(InstanceStatus.Ended, final.Status);
        Assert.Equal(EndOutcome.Completed, final.Outcome);
        Assert.Empty(final.Tokens);
        Assert.Equal(6, final.Revision);
        Assert.Equal(["intake/accept", "review/pass", "approval/approve", "pickup/hand-over"],
            final.Visits.Select(v => $"{v.StepId}/{v.Action}"));
    }

    [Fact]
    public void Accepted_after_the_cut_off_is_due_at_the_next_working_days_closing()
    {
        var started = _engine.Start(_wf, TestWorkflows.Ordinary, At(2026, 6, 19, 16, 0)).AcceptedOrThrow();
        var accepted = Do(started.State, "accept", People.Clerk, At(2026, 6, 19, 16, 30)); // a Friday
        Assert.Equal(At(2026, 6, 22, 17, 0), accepted.State.Clock.DueAt);
        Assert.Contains(new ClockStarted(At(2026, 6, 19, 16, 30), At(2026, 6, 22, 17, 0)), accepted.Effects);
    }

    [Fact]
    public void Notify_applicant_effect_tells_the_applicant()
    {
        var state = _engine.Start(_wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        state = Do(state, "accept", People.Clerk, At(2026, 6, 15, 10, 0)).State;
        var asked = Do(state, "request-supplement", People.Reviewer, At(2026, 6, 15, 11, 0), new ActionInput(MissingMaterials: ["deed-tax-proof"]));
        var notify = Assert.Single(asked.Effects.OfType<Notify>());
        Assert.Equal(Notify.Applicant, notify.Audience);
        Assert.Equal(NotifyTemplates.ApplicantUpdate, notify.Template);
    }

    [Fact]
    public void Available_actions_follow_role_guard_and_separation_of_duties()
    {
        var state = _engine.Start(_wf, TestWorkflows.Ordinary, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;
        Assert.Equal(["accept", "refuse-intake", "withdraw"], Names(_engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.Clerk)));
        Assert.Empty(_engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.Reviewer));

        var refuseIntake = _engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.Clerk)[1];
        Assert.Equal(new[] { "reason", "missing-materials" }, refuseIntake.RequiredFields);
        Assert.Equal("intake", refuseIntake.StepId);

        state = Do(state, "accept", People.ClerkAndReviewer, At(2026, 6, 15, 10, 0)).State;
        // The guard `application.price >= 10000000` hides pass-second-review for an ordinary price.
        Assert.Equal(["pass", "request-supplement", "refuse"], Names(_engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.Reviewer)));
        Assert.Equal(["pass", "pass-second-review", "request-supplement", "refuse"],
            Names(_engine.AvailableActions(_wf, state, TestWorkflows.Expensive, People.Reviewer)));
        // The clerk who accepted may not review (not-by: intake), but may still withdraw.
        Assert.Equal(["withdraw"], Names(_engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.ClerkAndReviewer)));
        Assert.Equal(new LocalizedText("撤回", "Withdraw"), _engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.Clerk)[0].Title);

        state = Do(state, "pass", People.Reviewer, At(2026, 6, 15, 11, 0)).State;
        state = Do(state, "approve", People.Approver, At(2026, 6, 15, 12, 0)).State;
        Assert.Empty(_engine.AvailableActions(_wf, state, TestWorkflows.Ordinary, People.Clerk)); // registered: no withdrawal, wait step
    }

    private static string[] Names(IReadOnlyList<AvailableAction> actions) => actions.Select(a => a.Action).ToArray();
}
