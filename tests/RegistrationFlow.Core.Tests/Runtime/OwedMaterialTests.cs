using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Core.Tests.Calendar;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

/// <summary>
/// 容缺受理 on the Linhai calendar (summer hours 08:30–17:30; 2026-06-19 is the Dragon Boat holiday). Accepted Monday
/// 2026-06-15 10:00, due 17:30 that day; a promise may name a working day from Tuesday 06-16 to 06-23 (five working days).
/// </summary>
public class OwedMaterialTests
{
    private readonly WorkflowEngine _engine = new(CalendarFiles.Linhai);

    private static readonly CompiledWorkflow Wf = CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer() with
    {
        Materials =
        [
            new MaterialSpec("sale-contract", true, null),
            new MaterialSpec("loan-contract", true, null) { Tolerable = true },
            new MaterialSpec("marriage-papers", false, null),
        ],
    });

    private static readonly System.Text.Json.JsonElement ContractOnly = TestWorkflows.Application("""{"price": 900000, "materials": ["sale-contract"]}""");
    private static readonly System.Text.Json.JsonElement Nothing = TestWorkflows.Application("""{"price": 900000, "materials": []}""");
    private static readonly DateOnly Wednesday = new(2026, 6, 17);

    private InstanceState Received() => _engine.Start(Wf, ContractOnly, At(2026, 6, 15, 9, 0)).AcceptedOrThrow().State;

    private EngineResult Accept(DateOnly? promisedBy, System.Text.Json.JsonElement? application = null) =>
        _engine.Apply(Wf, Received(), application ?? ContractOnly, "accept", People.Clerk, new ActionInput(PromisedBy: promisedBy), At(2026, 6, 15, 10, 0));

    private EngineResult.Accepted AcceptedOwing() => Accept(Wednesday).AcceptedOrThrow();

    private EngineResult.Accepted Reviewed(InstanceState state, DateTimeOffset at) =>
        _engine.Apply(Wf, state, ContractOnly, "pass", People.Reviewer, ActionInput.None, at).AcceptedOrThrow();

    private EngineResult Approve(InstanceState state, DateTimeOffset at) =>
        _engine.Apply(Wf, state, ContractOnly, "approve", People.Approver, ActionInput.None, at);

    [Fact]
    public void A_missing_material_that_is_not_tolerable_refuses_acceptance_and_names_only_it()
    {
        var refused = Assert.IsType<EngineResult.Refused>(Accept(Wednesday, Nothing));
        Assert.Equal(RefusalCode.RequiredMaterialMissing, refused.Refusal.Code);
        Assert.Equal("sale-contract", refused.Refusal.Detail);
    }

    [Fact]
    public void A_tolerable_material_missing_needs_a_promise_date()
    {
        var refused = Assert.IsType<EngineResult.Refused>(Accept(null));
        Assert.Equal(RefusalCode.PromiseDateMissing, refused.Refusal.Code);
        Assert.Equal("loan-contract", refused.Refusal.Detail);
    }

    [Theory]
    [InlineData("2026-06-15")] // the day of acceptance itself
    [InlineData("2026-06-19")] // the Dragon Boat holiday
    [InlineData("2026-06-20")] // a Saturday
    [InlineData("2026-06-24")] // the sixth working day
    public void A_promise_date_outside_the_working_days_allowed_is_refused(string date)
    {
        var refused = Assert.IsType<EngineResult.Refused>(Accept(DateOnly.Parse(date)));
        Assert.Equal(RefusalCode.PromiseDateInvalid, refused.Refusal.Code);
        Assert.Equal("2026-06-16..2026-06-23", refused.Refusal.Detail);
    }

    [Fact]
    public void Accepted_with_a_promise_the_clock_runs_and_the_reminder_and_escalation_are_scheduled()
    {
        var accepted = AcceptedOwing();
        Assert.Equal(At(2026, 6, 15, 17, 30), accepted.State.Clock.DueAt);
        var owed = accepted.State.Owed!;
        Assert.Equal(["loan-contract"], owed.Ids);
        Assert.Equal(Wednesday, owed.PromisedBy);
        Assert.Equal(At(2026, 6, 17, 8, 30), owed.RemindAt);
        Assert.Equal(At(2026, 6, 17, 17, 30), owed.DueAt);
        Assert.Contains(new DeadlineScheduled(DeadlineKind.OwedMaterialReminder, At(2026, 6, 17, 8, 30)), accepted.Effects);
        Assert.Contains(new DeadlineScheduled(DeadlineKind.OwedMaterialOverdue, At(2026, 6, 17, 17, 30).AddSeconds(1)), accepted.Effects);
        Assert.Contains(accepted.Effects, e => e is MaterialsOwed { PromisedBy: var d } m && d == Wednesday && m.Ids.SequenceEqual(["loan-contract"]));
    }

    [Fact]
    public void Every_material_received_needs_no_promise_and_owes_nothing()
    {
        var all = TestWorkflows.Application("""{"price": 900000, "materials": ["sale-contract", "loan-contract"]}""");
        var accepted = Accept(null, all).AcceptedOrThrow();
        Assert.Null(accepted.State.Owed);
        Assert.DoesNotContain(accepted.Effects, e => e is DeadlineScheduled { Kind: DeadlineKind.OwedMaterialReminder });
    }

    [Fact]
    public void Registration_is_refused_while_a_material_is_owed_and_allowed_once_it_is_supplied()
    {
        var reviewed = Reviewed(AcceptedOwing().State, At(2026, 6, 15, 11, 0)).State;
        var refused = Assert.IsType<EngineResult.Refused>(Approve(reviewed, At(2026, 6, 15, 14, 0)));
        Assert.Equal(RefusalCode.OwedMaterialOutstanding, refused.Refusal.Code);
        Assert.Equal("loan-contract", refused.Refusal.Detail);

        var supplied = _engine.SupplyOwed(Wf, reviewed, ["loan-contract"], At(2026, 6, 15, 15, 0)).AcceptedOrThrow();
        Assert.False(supplied.State.Owed!.IsOutstanding);
        Assert.Equal(At(2026, 6, 15, 15, 0), supplied.State.Owed.SuppliedAt);
        Assert.Contains(new DeadlineCancelled(DeadlineKind.OwedMaterialReminder), supplied.Effects);
        Assert.Contains(new DeadlineCancelled(DeadlineKind.OwedMaterialOverdue), supplied.Effects);
        Assert.False(supplied.State.Clock.MissedByApplicant);

        var registered = Approve(supplied.State, At(2026, 6, 15, 16, 0)).AcceptedOrThrow();
        Assert.Contains(new RecordedInRegister(At(2026, 6, 15, 16, 0), OnTime: true), registered.Effects);
    }

    [Fact]
    public void The_reminder_tells_the_applicant_and_the_counter_once_on_the_promised_morning()
    {
        var state = AcceptedOwing().State;
        Assert.Same(state, _engine.OnDeadline(Wf, state, DeadlineKind.OwedMaterialReminder, At(2026, 6, 17, 8, 0)).AcceptedOrThrow().State);

        var reminded = _engine.OnDeadline(Wf, state, DeadlineKind.OwedMaterialReminder, At(2026, 6, 17, 8, 30)).AcceptedOrThrow();
        Assert.True(reminded.State.Owed!.Reminded);
        var notes = reminded.Effects.OfType<Notify>().ToList();
        Assert.Equal([Notify.Applicant, "clerk"], notes.Select(n => n.Audience));
        Assert.All(notes, n => Assert.Equal(NotifyTemplates.OwedMaterialReminder, n.Template));
        Assert.Contains("2026-06-17", notes[0].Text.ZhCn);
        Assert.Contains("loan-contract", notes[0].Text.EnUs);

        var again = _engine.OnDeadline(Wf, reminded.State, DeadlineKind.OwedMaterialReminder, At(2026, 6, 17, 9, 0)).AcceptedOrThrow();
        Assert.Empty(again.Effects);
    }

    [Fact]
    public void The_promised_day_closing_with_the_material_owed_escalates_to_the_managers()
    {
        var state = AcceptedOwing().State;
        Assert.Empty(_engine.OnDeadline(Wf, state, DeadlineKind.OwedMaterialOverdue, At(2026, 6, 17, 17, 30)).AcceptedOrThrow().Effects);
        var late = _engine.OnDeadline(Wf, state, DeadlineKind.OwedMaterialOverdue, At(2026, 6, 17, 17, 30).AddSeconds(1)).AcceptedOrThrow();
        Assert.True(late.State.Owed!.Escalated);
        var note = Assert.Single(late.Effects.OfType<Notify>());
        Assert.Equal(("manager", NotifyTemplates.OwedMaterialOverdue), (note.Audience, note.Template));

        var supplied = _engine.SupplyOwed(Wf, state, ["loan-contract"], At(2026, 6, 16, 9, 0)).AcceptedOrThrow().State;
        Assert.Empty(_engine.OnDeadline(Wf, supplied, DeadlineKind.OwedMaterialOverdue, At(2026, 6, 18, 9, 0)).AcceptedOrThrow().Effects);
    }

    [Fact]
    public void A_miss_while_a_material_is_owed_is_the_applicants()
    {
        var reviewed = Reviewed(AcceptedOwing().State, At(2026, 6, 15, 11, 0)).State;
        var breached = _engine.OnDeadline(Wf, reviewed, DeadlineKind.Breach, At(2026, 6, 15, 17, 30).AddSeconds(1)).AcceptedOrThrow().State;
        Assert.True(breached.Clock.Overdue);
        Assert.True(breached.Clock.MissedByApplicant);

        var supplied = _engine.SupplyOwed(Wf, breached, ["loan-contract"], At(2026, 6, 16, 9, 0)).AcceptedOrThrow().State;
        var registered = Approve(supplied, At(2026, 6, 16, 10, 0)).AcceptedOrThrow();
        Assert.Contains(new RecordedInRegister(At(2026, 6, 16, 10, 0), OnTime: false, MissedByApplicant: true), registered.Effects);
    }

    [Fact]
    public void A_miss_with_nothing_owed_stays_the_centres()
    {
        var accepted = AcceptedOwing().State;
        var supplied = _engine.SupplyOwed(Wf, accepted, ["loan-contract"], At(2026, 6, 15, 11, 0)).AcceptedOrThrow().State;
        var reviewed = Reviewed(supplied, At(2026, 6, 15, 12, 0)).State;
        var breached = _engine.OnDeadline(Wf, reviewed, DeadlineKind.Breach, At(2026, 6, 15, 17, 30).AddSeconds(1)).AcceptedOrThrow().State;
        Assert.False(breached.Clock.MissedByApplicant);
        var registered = Approve(breached, At(2026, 6, 16, 10, 0)).AcceptedOrThrow();
        Assert.Contains(new RecordedInRegister(At(2026, 6, 16, 10, 0), OnTime: false, MissedByApplicant: false), registered.Effects);
    }

    [Fact]
    public void Supplying_after_the_due_instant_makes_the_miss_the_applicants_even_before_the_breach_fired()
    {
        var accepted = AcceptedOwing().State;
        var supplied = _engine.SupplyOwed(Wf, accepted, ["loan-contract"], At(2026, 6, 16, 9, 0)).AcceptedOrThrow().State;
        Assert.True(supplied.Clock.MissedByApplicant);
    }

    [Fact]
    public void Supplying_what_is_not_owed_is_refused_and_changes_nothing()
    {
        var accepted = AcceptedOwing().State;
        var refused = Assert.IsType<EngineResult.Refused>(_engine.SupplyOwed(Wf, accepted, ["sale-contract"], At(2026, 6, 15, 11, 0)));
        Assert.Equal(RefusalCode.NothingOwed, refused.Refusal.Code);
        var noneOwed = Received();
        Assert.IsType<EngineResult.Refused>(_engine.SupplyOwed(Wf, noneOwed, ["loan-contract"], At(2026, 6, 15, 11, 0)));
    }

    [Fact]
    public void Withdrawing_cancels_the_reminder_and_escalation()
    {
        var accepted = AcceptedOwing().State;
        var withdrawn = _engine.Apply(Wf, accepted, ContractOnly, Vocabulary.WithdrawAction, People.Clerk, new ActionInput(Reason: "撤回"),
            At(2026, 6, 15, 11, 0)).AcceptedOrThrow();
        Assert.Contains(new DeadlineCancelled(DeadlineKind.OwedMaterialReminder), withdrawn.Effects);
        Assert.Contains(new DeadlineCancelled(DeadlineKind.OwedMaterialOverdue), withdrawn.Effects);
    }

    [Fact]
    public void The_state_with_a_debt_survives_serialisation()
    {
        var state = AcceptedOwing().State;
        var json = System.Text.Json.JsonSerializer.Serialize(state);
        var back = System.Text.Json.JsonSerializer.Deserialize<InstanceState>(json)!;
        Assert.Equal(state.Owed!.Ids, back.Owed!.Ids);
        Assert.Equal(state.Owed.PromisedBy, back.Owed.PromisedBy);
        Assert.Equal(state.Owed.DueAt, back.Owed.DueAt);
    }
}
