using System.Text.Json;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Runtime.Migration;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// The pure workflow engine: given a compiled version, an instance state and what happened, it decides the next state
/// and the effects the infrastructure must carry out. No IO, no clock of its own; deadlines come from the calendar.
/// User mistakes are refusals, never exceptions.
/// </summary>
public sealed class WorkflowEngine(IBusinessCalendar calendar)
{
    private static readonly LocalizedText WithdrawTitle = new("撤回", "Withdraw");

    public IBusinessCalendar Calendar => calendar;

    /// <summary>Creates an instance pinned to <paramref name="wf"/>'s version with a token on its start step.</summary>
    public EngineResult Start(CompiledWorkflow wf, JsonElement application, DateTimeOffset now)
    {
        var empty = new InstanceState { WorkflowId = wf.Id, WorkflowVersion = wf.Version, StartedAt = now, Revision = 0 };
        try
        {
            var run = new Transition(wf, calendar, empty, now);
            run.Enter(wf.StartStep, null);
            return run.Finish();
        }
        catch (CalendarNotCoveredException e)
        {
            return new EngineResult.Refused(Refusals.CalendarNotCovered(e));
        }
    }

    /// <summary>What <paramref name="actor"/> may do now: the open steps' actions whose role, separation of duties and guard allow it.</summary>
    public IReadOnlyList<AvailableAction> AvailableActions(CompiledWorkflow wf, InstanceState state, JsonElement application, Actor actor)
    {
        var result = new List<AvailableAction>();
        if (state.Status == InstanceStatus.Ended) return result;
        var tokens = state.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            var step = wf.FindStep(tokens[t].StepId);
            if (step is null || step.Kind != StepKind.Human || !Holds(actor, step.Role)) continue;
            if (EarlierStepOf(wf, step, state, actor) is not null) continue;
            foreach (var action in step.Actions)
            {
                if (action.Guard is not null && action.Guard.Evaluate(application) is { Value: false }) continue;
                result.Add(new AvailableAction(step.Id, action.Name, action.Requires, action.Title));
            }
        }
        if (state.Clock.RegisteredAt is null && tokens.Count > 0 && Holds(actor, wf.WithdrawRole) && !wf.HasAction(Vocabulary.WithdrawAction))
        {
            result.Add(new AvailableAction(WithdrawnFrom(wf, state), Vocabulary.WithdrawAction, wf.WithdrawRequires, WithdrawTitle));
        }
        return result;
    }

    /// <summary>
    /// Why <paramref name="actor"/> may not work on the open human step <paramref name="stepId"/> — not its role, or
    /// separation of duties (<c>not-by</c>) — or null when they may. Asked of the colleague a task would be handed to, and
    /// by the screens to say why a task is not someone's to act on.
    /// </summary>
    public Refusal? WhyNotWorkOn(CompiledWorkflow wf, InstanceState state, string stepId, Actor actor)
    {
        if (state.Status == InstanceStatus.Ended) return Refusals.InstanceEnded(state.Outcome);
        var step = wf.FindStep(stepId);
        if (step is not { Kind: StepKind.Human } || !state.Tokens.Any(t => t.StepId == stepId)) return Refusals.StepNotOpen(stepId);
        if (!Holds(actor, step.Role)) return Refusals.NotYourRole(step, step.Role ?? "?");
        return EarlierStepOf(wf, step, state, actor) is { } earlier ? Refusals.SeparationOfDuties(step, earlier) : null;
    }

    /// <summary>Takes <paramref name="action"/> on the open step that offers it, or says why not.</summary>
    public EngineResult Apply(CompiledWorkflow wf, InstanceState state, JsonElement application, string action, Actor actor,
        ActionInput input, DateTimeOffset now)
    {
        if (state.Status == InstanceStatus.Ended) return Refuse(Refusals.InstanceEnded(state.Outcome));
        var candidates = wf.ActionsNamed(action);
        if (candidates.IsEmpty)
        {
            return action == Vocabulary.WithdrawAction
                ? Withdraw(wf, state, actor, input, now)
                : Refuse(Refusals.UnknownAction(action));
        }

        Refusal? firstRefusal = null;
        for (var t = 0; t < state.Tokens.Count; t++)
        {
            for (var c = 0; c < candidates.Length; c++)
            {
                var step = wf.Steps[candidates[c].Step];
                if (!string.Equals(state.Tokens[t].StepId, step.Id, StringComparison.Ordinal)) continue;
                var compiled = step.Actions[candidates[c].Action];
                var refusal = Check(wf, state, step, compiled, application, actor, input, now);
                if (refusal is not null)
                {
                    firstRefusal ??= refusal;
                    continue;
                }
                try
                {
                    var run = new Transition(wf, calendar, state, now);
                    run.Leave(t);
                    run.Record(new Visit(step.Id, action, actor.UserId, now));
                    run.RunEffects(compiled.Effects);
                    if (compiled.Effects.Contains(EffectWord.StartClock)
                        && OwedMaterialRules.Missing(wf.Definition, application).Tolerated is { Count: > 0 } owed)
                        run.OweMaterials(owed.Select(m => m.Id).ToArray(), input.PromisedBy!.Value);
                    run.Enter(compiled.Target, state.Tokens[t].Branch);
                    return run.Finish();
                }
                catch (CalendarNotCoveredException e)
                {
                    return Refuse(Refusals.CalendarNotCovered(e));
                }
            }
        }
        return Refuse(firstRefusal ?? Refusals.StepNotOpen(action));
    }

    /// <summary>
    /// 撤回: <paramref name="actor"/> takes back the application's last action, which the definition marks <c>recall: true</c>,
    /// while the step it entered is untouched — no action since (it is the last visit), the token still the one it
    /// created, and its task not claimed. Claiming is the infrastructure's: the caller passes the open steps whose tasks
    /// are claimed. The step the action left opens again with a new task; a recallable action has no effects, so the clock
    /// and everything else stay as they are. The recall is recorded as a visit, so it cannot itself be recalled.
    /// </summary>
    public EngineResult Recall(CompiledWorkflow wf, InstanceState state, Actor actor, IReadOnlySet<string> claimedSteps, DateTimeOffset now)
    {
        if (RecallRefusal(wf, state, actor, claimedSteps) is { } refusal) return Refuse(refusal);
        var last = state.Visits[^1];
        var step = wf.FindStep(last.StepId)!;
        var target = wf.Steps[step.Actions.First(a => a.Name == last.Action).Target];
        var run = new Transition(wf, calendar, state, now);
        var left = run.Leave(EnteredBy(state, target, last));
        run.Record(new Visit(step.Id, Vocabulary.RecallAction, actor.UserId, now));
        run.Reopen(step, left.Branch);
        return run.Finish();
    }

    /// <summary>Why <paramref name="actor"/> may not recall now (see <see cref="Recall"/>), or null when they may: the screens ask it to offer the button.</summary>
    public Refusal? RecallRefusal(CompiledWorkflow wf, InstanceState state, Actor actor, IReadOnlySet<string> claimedSteps)
    {
        if (state.Status == InstanceStatus.Ended) return Refusals.InstanceEnded(state.Outcome);
        if (state.Visits.Count == 0) return Refusals.NothingToRecall();
        var last = state.Visits[^1];
        var step = wf.FindStep(last.StepId);
        if (step?.Actions.FirstOrDefault(a => a.Name == last.Action) is not { Recall: true, Effects.IsEmpty: true } action)
            return Refusals.NothingToRecall();
        if (!string.Equals(last.ActorId, actor.UserId, StringComparison.Ordinal)) return Refusals.RecallNotYours(last);
        if (!Holds(actor, step.Role)) return Refusals.NotYourRole(step, step.Role ?? "?");
        var target = wf.Steps[action.Target];
        if (EnteredBy(state, target, last) < 0 || claimedSteps.Contains(target.Id)) return Refusals.RecallTooLate(target);
        return null;
    }

    /// <summary>The index of the token <paramref name="last"/> opened on <paramref name="target"/>, or -1 when it has moved on.</summary>
    private static int EnteredBy(InstanceState state, CompiledStep target, Visit last)
    {
        for (var t = 0; t < state.Tokens.Count; t++)
            if (state.Tokens[t].StepId == target.Id && state.Tokens[t].EnteredAt == last.At) return t;
        return -1;
    }

    /// <summary>
    /// A deadline fired (from the job scheduler). Acts at most once and only when it still applies — an early, late,
    /// duplicate or stale deadline is accepted with no effects and the state unchanged. Never throws.
    /// </summary>
    public EngineResult OnDeadline(CompiledWorkflow wf, InstanceState state, DeadlineKind kind, DateTimeOffset now)
    {
        var clock = state.Clock;
        if (state.Status == InstanceStatus.Ended) return Unchanged(state);
        var run = new Transition(wf, calendar, state, now);
        switch (kind)
        {
            case DeadlineKind.Warning:
                if (!clock.IsRunning || clock.WarningSent || clock.Overdue || clock.WarningAt is not { } warnAt || now < warnAt) return Unchanged(state);
                run.MarkWarned();
                NotifyOpenRoles(wf, state, run, clock.DueAt!.Value);
                return run.Finish();
            case DeadlineKind.Breach:
                if (!clock.IsRunning || clock.Overdue || clock.DueAt is not { } due || now <= due) return Unchanged(state);
                run.MarkOverdue(byApplicant: state.Owed is { IsOutstanding: true });
                run.Emit(new Notify("manager", NotifyTemplates.DeadlineBreach, DueMessage(wf, Vocabulary.Messages.DeadlineBreach, due)));
                return run.Finish();
            case DeadlineKind.OwedMaterialReminder:
                if (state.Owed is not { IsOutstanding: true, Reminded: false } remind || now < remind.RemindAt) return Unchanged(state);
                run.Owed = remind with { Reminded = true };
                var reminder = OwedMessage(wf, Vocabulary.Messages.OwedMaterialReminder, remind);
                run.Emit(new Notify(Notify.Applicant, NotifyTemplates.OwedMaterialReminder, reminder));
                if (AcceptingRole(wf) is { } accepting) run.Emit(new Notify(accepting, NotifyTemplates.OwedMaterialReminder, reminder));
                return run.Finish();
            case DeadlineKind.OwedMaterialOverdue:
                if (state.Owed is not { IsOutstanding: true, Escalated: false } late || now < late.OverdueAt) return Unchanged(state);
                run.Owed = late with { Escalated = true };
                run.Emit(new Notify("manager", NotifyTemplates.OwedMaterialOverdue, OwedMessage(wf, Vocabulary.Messages.OwedMaterialOverdue, late)));
                return run.Finish();
            case DeadlineKind.CertificateReady:
                if (clock.CertificateReadyAt is not { } readyAt || now < readyAt) return Unchanged(state);
                var released = false;
                for (var i = run.Tokens.Count - 1; i >= 0; i--)
                {
                    var step = wf.FindStep(run.Tokens[i].StepId);
                    if (step is not { Kind: StepKind.Wait, Until: Vocabulary.WaitTriggers.CertificateReady }) continue;
                    if (!released) run.Emit(new CertificateReady(readyAt));
                    released = true;
                    var token = run.Tokens[i];
                    run.Tokens.RemoveAt(i);
                    run.Enter(step.Then, token.Branch);
                }
                if (!released) return Unchanged(state);
                // The applicant hears of it once: by the pick-up step's own notify-applicant, or else by this message.
                if (!run.Notifies(Notify.Applicant))
                    run.Emit(new Notify(Notify.Applicant, NotifyTemplates.CertificateReady, wf.Message(Vocabulary.Messages.CertificateReady)));
                return run.Finish();
            case DeadlineKind.SupplementExpiry:
                if (!clock.IsPaused || clock.SupplementExpiresAt is not { } expiresAt || now < expiresAt) return Unchanged(state);
                run.ExpireSupplement();
                return run.Finish();
            default:
                return Unchanged(state);
        }
    }

    /// <summary>
    /// Owed (容缺) materials arrived: <paramref name="received"/> are recorded as supplied; when none is owed any more the
    /// reminder and escalation are cancelled, and if the due instant has already passed the miss is the applicant's.
    /// Materials not owed are ignored; recording nothing new is refused.
    /// </summary>
    public EngineResult SupplyOwed(CompiledWorkflow wf, InstanceState state, IReadOnlyList<string> received, DateTimeOffset now)
    {
        if (state.Status == InstanceStatus.Ended) return Refuse(Refusals.InstanceEnded(state.Outcome));
        if (state.Owed is not { IsOutstanding: true } owed) return Refuse(Refusals.NothingOwed());
        var arriving = owed.Outstanding.Where(received.Contains).ToArray();
        if (arriving.Length == 0) return Refuse(Refusals.NothingOwed());
        var run = new Transition(wf, calendar, state, now);
        var supplied = owed with { Supplied = [.. owed.Supplied, .. arriving] };
        if (!supplied.IsOutstanding)
        {
            supplied = supplied with { SuppliedAt = now };
            run.CancelOwedDeadlines();
            if (state.Clock is { RegisteredAt: null, DueAt: { } due } && now > due) run.MarkMissedByApplicant();
        }
        run.Owed = supplied;
        run.Emit(new OwedMaterialsSupplied(arriving, supplied.Outstanding, now));
        return run.Finish();
    }

    /// <summary>Dry run of moving an instance to another version of its workflow; moves nothing.</summary>
    public MigrationPlan PlanMigration(InstanceState state, CompiledWorkflow from, CompiledWorkflow to,
        IReadOnlyDictionary<string, string> stepMapping) => MigrationPlanner.Plan(state, from, to, stepMapping);

    private EngineResult Withdraw(CompiledWorkflow wf, InstanceState state, Actor actor, ActionInput input, DateTimeOffset now)
    {
        if (state.Clock.RegisteredAt is not null) return Refuse(Refusals.AlreadyRegistered());
        if (!Holds(actor, wf.WithdrawRole)) return Refuse(Refusals.NotYourRoleToWithdraw(wf.WithdrawRole));
        if (Missing(wf.WithdrawRequires, input) is { } missing) return Refuse(Refusals.RequiredFieldsMissing(missing));
        var run = new Transition(wf, calendar, state, now);
        run.Record(new Visit(WithdrawnFrom(wf, state), Vocabulary.WithdrawAction, actor.UserId, now));
        run.End(EndOutcome.Withdrawn);
        return run.Finish();
    }

    /// <summary>The step a withdrawal is recorded on: the first open human step (a branch may already wait at a join).</summary>
    private static string WithdrawnFrom(CompiledWorkflow wf, InstanceState state)
    {
        for (var i = 0; i < state.Tokens.Count; i++)
        {
            if (wf.FindStep(state.Tokens[i].StepId) is { Kind: StepKind.Human } step) return step.Id;
        }
        return state.Tokens.Count > 0 ? state.Tokens[0].StepId : "";
    }

    private Refusal? Check(CompiledWorkflow wf, InstanceState state, CompiledStep step, CompiledAction action,
        JsonElement application, Actor actor, ActionInput input, DateTimeOffset now)
    {
        if (!Holds(actor, step.Role)) return Refusals.NotYourRole(step, step.Role ?? "?");
        if (EarlierStepOf(wf, step, state, actor) is { } earlier) return Refusals.SeparationOfDuties(step, earlier);
        if (action.Guard is not null)
        {
            var guard = action.Guard.Evaluate(application);
            if (guard.IsError) return Refusals.GuardFailed(action, guard.Error!);
            if (!guard.Value) return Refusals.GuardFalse(action, action.Guard.Source);
        }
        if (Missing(action.Requires, input) is { } missing) return Refusals.RequiredFieldsMissing(missing);
        // 受理 starts the clock: every required material must have been received, or be tolerated (容缺) on a promise date.
        if (action.Effects.Contains(EffectWord.StartClock)
            && MaterialsRefusal(wf, OwedMaterialRules.Missing(wf.Definition, application), input.PromisedBy, now) is { } materials) return materials;
        // 登簿 waits for every material accepted as owed.
        if (action.Effects.Contains(EffectWord.RecordInRegister) && state.Owed is { IsOutstanding: true } owed)
            return Refusals.OwedMaterialsOutstanding(owed.Outstanding, owed.PromisedBy, wf.Definition);
        return null;
    }

    /// <summary>
    /// Why 受理 now with these materials received and this promise date would be refused, or null when it would not:
    /// the counter asks before it records anything, the action asks again.
    /// </summary>
    public Refusal? AcceptanceRefusal(CompiledWorkflow wf, IEnumerable<string?>? received, DateOnly? promisedBy, DateTimeOffset now) =>
        MaterialsRefusal(wf, OwedMaterialRules.Missing(wf.Definition, received), promisedBy, now);

    private Refusal? MaterialsRefusal(CompiledWorkflow wf, MissingMaterials missing, DateOnly? promisedBy, DateTimeOffset now)
    {
        if (missing.Refusing.Count > 0) return Refusals.RequiredMaterialsMissing(missing.Refusing, wf.Definition);
        if (missing.Tolerated.Count == 0) return null;
        if (promisedBy is not { } promised) return Refusals.PromiseDateMissing(missing.Tolerated, wf.Definition);
        try
        {
            var today = DateOnly.FromDateTime(Local(now));
            if (OwedMaterialRules.Allows(calendar, wf.ServiceLevel, today, promised)) return null;
            var (earliest, latest) = OwedMaterialRules.PromiseWindow(calendar, wf.ServiceLevel, today);
            return Refusals.PromiseDateInvalid(promised, earliest, latest);
        }
        catch (CalendarNotCoveredException e)
        {
            return Refusals.CalendarNotCovered(e);
        }
    }

    /// <summary>The not-by step on which this actor already acted, if any.</summary>
    private static CompiledStep? EarlierStepOf(CompiledWorkflow wf, CompiledStep step, InstanceState state, Actor actor)
    {
        if (step.NotBy.IsEmpty) return null;
        var visits = state.Visits;
        for (var v = 0; v < visits.Count; v++)
        {
            var visit = visits[v];
            if (!string.Equals(visit.ActorId, actor.UserId, StringComparison.Ordinal)) continue;
            foreach (var earlier in step.NotBy)
            {
                if (string.Equals(visit.StepId, earlier, StringComparison.Ordinal)) return wf.FindStep(earlier);
            }
        }
        return null;
    }

    private static List<string>? Missing(System.Collections.Immutable.ImmutableArray<string> required, ActionInput input)
    {
        List<string>? missing = null;
        foreach (var field in required)
        {
            if (!input.Has(field)) (missing ??= []).Add(field);
        }
        return missing;
    }

    private static bool Holds(Actor actor, string? role) => role is not null && actor.Roles.Contains(role);

    private void NotifyOpenRoles(CompiledWorkflow wf, InstanceState state, Transition run, DateTimeOffset due)
    {
        var text = DueMessage(wf, Vocabulary.Messages.DeadlineWarning, due);
        for (var i = 0; i < state.Tokens.Count; i++)
        {
            if (wf.FindStep(state.Tokens[i].StepId) is not { Kind: StepKind.Human, Role: { } role }) continue;
            var told = false;
            for (var j = 0; j < i; j++)
            {
                if (wf.FindStep(state.Tokens[j].StepId) is { Kind: StepKind.Human } other && other.Role == role) told = true;
            }
            if (!told) run.Emit(new Notify(role, NotifyTemplates.DeadlineWarning, text));
        }
    }

    /// <summary>The role of the step whose action accepts (starts the clock): the counter that took the promise.</summary>
    private static string? AcceptingRole(CompiledWorkflow wf)
    {
        foreach (var step in wf.Definition.Steps)
            if (step.Actions.Any(a => a.Effects.Contains(Vocabulary.Effects.StartClock))) return step.Role;
        return null;
    }

    private static LocalizedText OwedMessage(CompiledWorkflow wf, string key, OwedMaterials owed)
    {
        var titles = owed.Outstanding.Select(id => DefinitionTitles.MaterialTitle(wf.Definition, id)).ToList();
        var template = wf.Message(key);
        var promised = owed.PromisedBy.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new LocalizedText(
            MessageDefaults.Fill(template, (Vocabulary.Messages.Promised, promised), (Vocabulary.Messages.MaterialList, string.Join("、", titles.Select(t => t.ZhCn)))).ZhCn,
            MessageDefaults.Fill(template, (Vocabulary.Messages.Promised, promised), (Vocabulary.Messages.MaterialList, string.Join(", ", titles.Select(t => t.EnUs)))).EnUs);
    }

    private DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, calendar.TimeZone).DateTime;

    /// <summary>The definition's wording of a message about the due instant, <c>{due}</c> filled in the office's time.</summary>
    private LocalizedText DueMessage(CompiledWorkflow wf, string key, DateTimeOffset due) =>
        MessageDefaults.Fill(wf.Message(key), (Vocabulary.Messages.Due, Local(due).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)));

    private static EngineResult.Accepted Unchanged(InstanceState state) => new(state, []);

    private static EngineResult.Refused Refuse(Refusal refusal) => new(refusal);
}
