using System.Text.Json;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime;
using static RegistrationFlow.Core.Tests.Runtime.SimpleTestCalendar;

namespace RegistrationFlow.Core.Tests.Runtime;

/// <summary>
/// Property-style: thousands of random sequences of actions, actors, inputs and deadline firings (seeded, so a failure
/// is reproducible) never leave an instance in an impossible state, and the effects always agree with the state.
/// </summary>
public class RandomSequenceTests
{
    private static readonly string[] Users = ["u1", "u2", "u3", "u4"];
    private static readonly string[] RoleNames = ["clerk", "reviewer", "approver", "manager"];
    private static readonly string[] ExtraActions = ["withdraw", "teleport", "approve", "hand-over"];

    public static TheoryData<string, SupplementClock, int?, bool> Workflows() => new()
    {
        { "commercial", SupplementClock.Restart, null, false },
        { "commercial", SupplementClock.Pause, 3, false },
        { "second-hand", SupplementClock.Pause, null, false },
        { "commercial", SupplementClock.Pause, 2, true },
        { "second-hand", SupplementClock.Restart, null, true },
    };

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Random_sequences_never_reach_an_impossible_state(string which, SupplementClock onSupplement, int? supplementWithin, bool linhaiCalendar)
    {
        var level = TestWorkflows.SameDay(onSupplement, supplementWithin);
        var wf = CompiledWorkflow.Compile(which == "commercial"
            ? TestWorkflows.CommercialHousingTransfer(level)
            : TestWorkflows.SecondHandTransfer(level));
        // The shipped calendar (holidays, lunch breaks, seasons) or the plain weekday one.
        var engine = new WorkflowEngine(linhaiCalendar ? Calendar.CalendarFiles.Linhai : new SimpleTestCalendar());
        var random = new Random(20260615 + which.Length + (int)onSupplement + (linhaiCalendar ? 100 : 0));
        var ended = 0;

        for (var run = 0; run < 700; run++)
        {
            var application = random.Next(3) == 0 ? TestWorkflows.Expensive : TestWorkflows.Ordinary;
            var now = At(2026, 6, 15, 8, 0).AddMinutes(random.Next(0, 60 * 24 * 5));
            var start = engine.Start(wf, application, now).AcceptedOrThrow();
            var ledger = new EffectLedger();
            ledger.Apply(start.Effects);
            var state = start.State;
            Check(wf, state, ledger, $"run {run} start");

            for (var step = 0; step < 40 && state.Status == InstanceStatus.Active; step++)
            {
                now = now.AddMinutes(random.Next(0, 240));
                var context = $"run {run} step {step}";
                EngineResult result;
                DeadlineKind? fired = null, stray = null;
                var pick = random.Next(10);
                if (pick < 2 && ledger.NextPending() is { } pending)
                {
                    // The scheduler fires the earliest pending deadline at (or a little after) its time.
                    fired = pending.Kind;
                    if (pending.DueAt > now) now = pending.DueAt.AddSeconds(random.Next(0, 120));
                    result = engine.OnDeadline(wf, state, pending.Kind, now);
                }
                else if (pick < 3)
                {
                    stray = (DeadlineKind)random.Next(4); // a stray or duplicate job
                    result = engine.OnDeadline(wf, state, stray.Value, now);
                }
                else
                {
                    var actor = RandomActor(random);
                    var offered = engine.AvailableActions(wf, state, application, actor);
                    var action = offered.Count > 0 && random.Next(4) > 0
                        ? offered[random.Next(offered.Count)].Action
                        : random.Next(2) == 0 ? ExtraActions[random.Next(ExtraActions.Length)] : RandomDefinedAction(wf, random);
                    result = engine.Apply(wf, state, application, action, actor, RandomInput(random), now);
                    if (result is EngineResult.Accepted && action != "withdraw")
                    {
                        Assert.True(Offered(offered, action), $"{context}: '{action}' was accepted but not offered to {actor.UserId}");
                    }
                }

                switch (result)
                {
                    case EngineResult.Accepted accepted when accepted.Effects.Count == 0:
                        Assert.Same(state, accepted.State); // a no-op never changes the state
                        break;
                    case EngineResult.Accepted accepted:
                        Assert.Equal(state.Revision + 1, accepted.State.Revision);
                        if ((fired ?? stray) is { } kind) ledger.Fired(kind); // a deadline that acted is done
                        ledger.Apply(accepted.Effects);
                        state = accepted.State;
                        break;
                    case EngineResult.Refused refused:
                        Assert.NotEqual(RefusalCode.CalendarNotCovered, refused.Refusal.Code);
                        Assert.False(string.IsNullOrWhiteSpace(refused.Refusal.Message.ZhCn), context);
                        Assert.False(string.IsNullOrWhiteSpace(refused.Refusal.Message.EnUs), context);
                        break;
                }
                if (fired is { } firedKind) ledger.Fired(firedKind); // the job ran; its row is done whatever it decided

                if (random.Next(8) == 0)
                {
                    state = JsonSerializer.Deserialize<InstanceState>(JsonSerializer.Serialize(state))!; // stored and loaded again
                }
                Check(wf, state, ledger, context);
            }
            if (state.Status == InstanceStatus.Ended) ended++;
        }
        Assert.True(ended > 200, $"only {ended} of 700 random runs reached an end; the generator explores too little");
    }

    private static bool Offered(IReadOnlyList<AvailableAction> offered, string action)
    {
        foreach (var a in offered) if (a.Action == action) return true;
        return false;
    }

    private static void Check(CompiledWorkflow wf, InstanceState state, EffectLedger ledger, string context)
    {
        var clock = state.Clock;
        if (state.Status == InstanceStatus.Ended)
        {
            Assert.True(state.Tokens.Count == 0, $"{context}: ended with open tokens");
            Assert.True(state.Outcome is not null && state.EndedAt is not null, $"{context}: ended without outcome");
            Assert.True(ledger.PendingKinds().Count == 0, $"{context}: ended with pending deadlines {string.Join(",", ledger.PendingKinds())}");
            if (state.Outcome == EndOutcome.Withdrawn) Assert.True(clock.RegisteredAt is null, $"{context}: withdrawn after registration");
            if (state.Outcome == EndOutcome.Completed) Assert.True(clock.RegisteredAt is not null, $"{context}: completed without registration");
        }
        else
        {
            Assert.True(state.Tokens.Count > 0, $"{context}: active with no open token");
            Assert.Null(state.Outcome);
        }
        foreach (var token in state.Tokens)
        {
            var step = wf.FindStep(token.StepId);
            Assert.True(step is not null, $"{context}: token on unknown step {token.StepId}");
            Assert.True(step.Kind is StepKind.Human or StepKind.Wait or StepKind.Join, $"{context}: token rests on a {step.Kind} step");
            if (step.Kind == StepKind.Wait) Assert.True(clock.CertificateReadyAt is not null, $"{context}: waiting for no certificate");
            if (step.Kind == StepKind.Join) Assert.True(token.Branch is not null, $"{context}: join token outside a branch");
        }
        var branches = new HashSet<(string, int)>();
        foreach (var token in state.Tokens)
        {
            if (token.Branch is { } b) Assert.True(branches.Add((b.ParallelStep, b.Index)), $"{context}: branch {b.ParallelStep}/{b.Index} twice");
        }
        if (clock.RegisteredAt is not null) Assert.True(clock.AcceptedAt is not null, $"{context}: registered without accepted");
        if (clock.CertificateReadyAt is not null) Assert.True(clock.RegisteredAt is not null, $"{context}: certificate without registration");
        if (clock.Overdue) Assert.True(clock.RegisteredOnTime != true, $"{context}: overdue yet registered on time");
        if (clock.PausedAt is not null) Assert.True(clock.AcceptedAt is not null, $"{context}: paused before accepted");
        if (clock.IsRunning && state.Status == InstanceStatus.Active)
        {
            Assert.True(ledger.IsPending(DeadlineKind.Breach) || clock.Overdue, $"{context}: running clock without a breach deadline");
        }

        // The tasks the effects opened and closed are exactly the open human steps.
        var humanTokens = state.Tokens.Where(t => wf.FindStep(t.StepId)!.Kind == StepKind.Human).Select(t => t.StepId).Order();
        Assert.Equal(humanTokens, ledger.OpenTasks.Order());

        // Separation of duties was never broken.
        for (var i = 0; i < state.Visits.Count; i++)
        {
            var visit = state.Visits[i];
            var step = wf.FindStep(visit.StepId);
            if (step is null || visit.Action == Vocabulary.WithdrawAction) continue;
            for (var j = 0; j < i; j++)
            {
                var earlier = state.Visits[j];
                Assert.False(earlier.ActorId == visit.ActorId && step.NotBy.Contains(earlier.StepId),
                    $"{context}: {visit.ActorId} acted on {visit.StepId} after {earlier.StepId}");
            }
        }
    }

    private static Actor RandomActor(Random random)
    {
        var roles = new HashSet<string>();
        foreach (var role in RoleNames) if (random.Next(3) == 0) roles.Add(role);
        if (roles.Count == 0) roles.Add(RoleNames[random.Next(RoleNames.Length)]);
        return new Actor(Users[random.Next(Users.Length)], roles);
    }

    private static string RandomDefinedAction(CompiledWorkflow wf, Random random)
    {
        var step = wf.Steps[random.Next(wf.Steps.Length)];
        return step.Actions.IsEmpty ? "pass" : step.Actions[random.Next(step.Actions.Length)].Name;
    }

    private static ActionInput RandomInput(Random random) => new(
        Comment: random.Next(2) == 0 ? "ok" : null,
        Reason: random.Next(3) switch { 0 => null, 1 => " ", _ => "理由" },
        MissingMaterials: random.Next(3) == 0 ? null : ["deed-tax-proof"],
        ReceivedMaterials: random.Next(3) == 0 ? [] : ["deed-tax-proof"]);

    /// <summary>What the infrastructure would hold after carrying out the effects: open tasks and pending deadlines.</summary>
    private sealed class EffectLedger
    {
        private readonly Dictionary<DeadlineKind, DateTimeOffset> _pending = [];
        public List<string> OpenTasks { get; } = [];

        public void Apply(IReadOnlyList<Effect> effects)
        {
            foreach (var effect in effects)
            {
                switch (effect)
                {
                    case TaskOpened opened: OpenTasks.Add(opened.StepId); break;
                    case TaskClosed closed: Assert.True(OpenTasks.Remove(closed.StepId), $"closed task {closed.StepId} that was not open"); break;
                    case DeadlineScheduled scheduled: _pending[scheduled.Kind] = scheduled.DueAt; break;
                    case DeadlineCancelled cancelled: _pending.Remove(cancelled.Kind); break;
                }
            }
        }

        public void Fired(DeadlineKind kind) => _pending.Remove(kind);
        public bool IsPending(DeadlineKind kind) => _pending.ContainsKey(kind);
        public IReadOnlyCollection<DeadlineKind> PendingKinds() => _pending.Keys;

        public (DeadlineKind Kind, DateTimeOffset DueAt)? NextPending()
        {
            (DeadlineKind, DateTimeOffset)? next = null;
            foreach (var (kind, due) in _pending)
            {
                if (next is null || due < next.Value.Item2) next = (kind, due);
            }
            return next;
        }
    }
}
