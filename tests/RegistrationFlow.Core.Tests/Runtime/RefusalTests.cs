using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

public class RefusalTests
{
    private static readonly DateTimeOffset Morning = At(2026, 6, 15, 9, 0);
    private readonly WorkflowEngine _engine = new(new SimpleTestCalendar());
    private readonly CompiledWorkflow _wf = CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer());

    private InstanceState Started() => _engine.Start(_wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State;

    private InstanceState Do(InstanceState state, string action, Actor actor, ActionInput? input = null) =>
        _engine.Apply(_wf, state, TestWorkflows.Ordinary, action, actor, input ?? ActionInput.None, Morning.AddHours(1)).AcceptedOrThrow().State;

    private Refusal Refused(InstanceState state, string action, Actor actor, ActionInput? input = null, System.Text.Json.JsonElement? application = null)
    {
        var result = _engine.Apply(_wf, state, application ?? TestWorkflows.Ordinary, action, actor, input ?? ActionInput.None, Morning.AddHours(2));
        return Assert.IsType<EngineResult.Refused>(result).Refusal;
    }

    [Fact]
    public void Not_your_role()
    {
        var refusal = Refused(Started(), "accept", People.Reviewer);
        Assert.Equal(RefusalCode.NotYourRole, refusal.Code);
        Assert.Contains("窗口受理人员", refusal.Message.ZhCn);
        Assert.Contains("clerk", refusal.Message.EnUs);
    }

    [Fact]
    public void Separation_of_duties_names_the_earlier_step()
    {
        var reviewing = Do(Started(), "accept", People.ClerkAndReviewer);
        var refusal = Refused(reviewing, "pass", People.ClerkAndReviewer);
        Assert.Equal(RefusalCode.SeparationOfDuties, refusal.Code);
        Assert.Equal("intake", refusal.Detail);
        Assert.Contains("intake（中）", refusal.Message.ZhCn);
        Assert.Contains("'intake'", refusal.Message.EnUs);
        Assert.Contains("不相容岗位分离", refusal.Message.ZhCn);

        var approval = Do(reviewing, "pass", People.Reviewer); // another reviewer may review it
        Assert.Equal("approval", Assert.Single(approval.Tokens).StepId);
    }

    [Fact]
    public void The_reviewer_may_not_approve_what_they_reviewed()
    {
        var approval = Do(Do(Started(), "accept", People.Clerk), "pass", People.ReviewerAndApprover);
        var refusal = Refused(approval, "approve", People.ReviewerAndApprover);
        Assert.Equal(RefusalCode.SeparationOfDuties, refusal.Code);
        Assert.Equal("review", refusal.Detail);
    }

    [Fact]
    public void Guard_false_refuses_the_action_that_is_not_offered()
    {
        var reviewing = Do(Started(), "accept", People.Clerk);
        var refusal = Refused(reviewing, "pass-second-review", People.Reviewer);
        Assert.Equal(RefusalCode.GuardFalse, refusal.Code);
        Assert.Equal("application.price >= 10000000", refusal.Detail);

        var allowed = _engine.Apply(_wf, reviewing, TestWorkflows.Expensive, "pass-second-review", People.Reviewer, ActionInput.None, Morning.AddHours(2));
        Assert.Equal("second-review", Assert.Single(allowed.AcceptedOrThrow().State.Tokens).StepId);
    }

    [Fact]
    public void Guard_failed_is_a_refusal_not_an_exception()
    {
        var wf = CompiledWorkflow.Compile(TestWorkflows.CommercialHousingTransfer() with
        {
            Steps =
            [
                TestWorkflows.Human("intake", "clerk", TestWorkflows.Act("accept", "done", when: "application.property.area > 0")),
                TestWorkflows.End("done", EndOutcome.Completed),
            ],
        });
        var state = _engine.Start(wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State;
        var result = _engine.Apply(wf, state, TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, Morning);
        var refusal = Assert.IsType<EngineResult.Refused>(result).Refusal;
        Assert.Equal(RefusalCode.GuardFailed, refusal.Code);
        Assert.Contains("area", refusal.Detail);
        Assert.DoesNotContain(_engine.AvailableActions(wf, state, TestWorkflows.Ordinary, People.Clerk), a => a.Action == "accept");
    }

    [Fact]
    public void Required_fields_missing_names_every_missing_field()
    {
        var refusal = Refused(Started(), "refuse-intake", People.Clerk, new ActionInput(Reason: "  ", MissingMaterials: [""]));
        Assert.Equal(RefusalCode.RequiredFieldMissing, refusal.Code);
        Assert.Equal("reason,missing-materials", refusal.Detail);
        Assert.Equal("请填写：理由、需补正的材料。", refusal.Message.ZhCn);
        Assert.Equal("Please fill in: reason, missing-materials.", refusal.Message.EnUs);

        var partly = Refused(Started(), "refuse-intake", People.Clerk, new ActionInput(Reason: "材料不全"));
        Assert.Equal("missing-materials", partly.Detail);

        var done = _engine.Apply(_wf, Started(), TestWorkflows.Ordinary, "refuse-intake", People.Clerk,
            new ActionInput(Reason: "材料不全", MissingMaterials: ["deed-tax-proof"]), Morning).AcceptedOrThrow();
        Assert.Equal(EndOutcome.NotAccepted, done.State.Outcome);
    }

    [Fact]
    public void Step_not_open()
    {
        var refusal = Refused(Started(), "approve", People.Approver);
        Assert.Equal(RefusalCode.StepNotOpen, refusal.Code);
        Assert.Contains("approve", refusal.Message.EnUs);
    }

    [Fact]
    public void Unknown_action()
    {
        var refusal = Refused(Started(), "teleport", People.Clerk);
        Assert.Equal(RefusalCode.UnknownAction, refusal.Code);
        Assert.Contains("teleport", refusal.Message.ZhCn);
    }

    [Fact]
    public void Instance_ended()
    {
        var ended = Do(Started(), "withdraw", People.Clerk, new ActionInput(Reason: "申请人撤回"));
        var refusal = Refused(ended, "accept", People.Clerk);
        Assert.Equal(RefusalCode.InstanceEnded, refusal.Code);
        Assert.Contains("已撤回", refusal.Message.ZhCn);
        Assert.Contains("withdrawn", refusal.Message.EnUs);
        Assert.Empty(_engine.AvailableActions(_wf, ended, TestWorkflows.Ordinary, People.Clerk));
    }

    [Fact]
    public void Withdrawal_after_registration_is_refused_as_already_registered()
    {
        var approval = Do(Do(Started(), "accept", People.Clerk), "pass", People.Reviewer);
        var registered = Do(approval, "approve", People.Approver);
        var refusal = Refused(registered, "withdraw", People.Clerk, new ActionInput(Reason: "改变主意"));
        Assert.Equal(RefusalCode.AlreadyRegistered, refusal.Code);
        Assert.Contains("登簿", refusal.Message.ZhCn);
    }

    [Fact]
    public void Withdrawal_needs_the_withdrawal_role_and_its_fields()
    {
        Assert.Equal(RefusalCode.NotYourRole, Refused(Started(), "withdraw", People.Reviewer, new ActionInput(Reason: "x")).Code);
        Assert.Equal(RefusalCode.RequiredFieldMissing, Refused(Started(), "withdraw", People.Clerk).Code);
    }

    [Fact]
    public void Calendar_not_covered_is_a_refusal_that_changes_nothing()
    {
        var engine = new WorkflowEngine(new UncoveredCalendar());
        var state = engine.Start(_wf, TestWorkflows.Ordinary, Morning).AcceptedOrThrow().State;
        var result = engine.Apply(_wf, state, TestWorkflows.Ordinary, "accept", People.Clerk, ActionInput.None, Morning);
        var refusal = Assert.IsType<EngineResult.Refused>(result).Refusal;
        Assert.Equal(RefusalCode.CalendarNotCovered, refusal.Code);
        Assert.Contains("2027-01-04", refusal.Message.ZhCn);
    }

    [Fact]
    public void A_refusal_leaves_the_state_untouched()
    {
        var state = Started();
        var before = System.Text.Json.JsonSerializer.Serialize(state);
        Refused(state, "approve", People.Approver);
        Refused(state, "accept", People.Reviewer);
        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(state));
        Assert.Equal(1, state.Revision);
    }

    /// <summary>A calendar whose data ends before the deadline it is asked for.</summary>
    private sealed class UncoveredCalendar : IBusinessCalendar
    {
        private readonly SimpleTestCalendar _inner = new();
        public TimeZoneInfo TimeZone => _inner.TimeZone;
        public DateOnly CoveredFrom => _inner.CoveredFrom;
        public DateOnly CoveredTo => new(2026, 12, 31);
        public bool IsWorkingDay(DateOnly date) => _inner.IsWorkingDay(date);
        public DateTimeOffset OpeningOf(DateOnly date) => _inner.OpeningOf(date);
        public DateTimeOffset ClosingOf(DateOnly date) => _inner.ClosingOf(date);
        public DateOnly NextWorkingDay(DateOnly date) => _inner.NextWorkingDay(date);
        public DateOnly AddWorkingDays(DateOnly date, int days) => _inner.AddWorkingDays(date, days);
        public DateTimeOffset DueFor(DateTimeOffset acceptedAt, ServiceLevelSpec serviceLevel) =>
            throw new CalendarNotCoveredException(new DateOnly(2027, 1, 4), CoveredFrom, CoveredTo);
        public DateTimeOffset? CertificateReadyAfter(DateTimeOffset registeredAt, ServiceLevelSpec serviceLevel) => _inner.CertificateReadyAfter(registeredAt, serviceLevel);
        public DateTimeOffset WarningFor(DateTimeOffset due, ServiceLevelSpec serviceLevel) => _inner.WarningFor(due, serviceLevel);
        public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => _inner.WorkingTimeBetween(from, to);
        public DateTimeOffset AddWorkingTime(DateTimeOffset from, TimeSpan workingTime) => _inner.AddWorkingTime(from, workingTime);
    }
}
