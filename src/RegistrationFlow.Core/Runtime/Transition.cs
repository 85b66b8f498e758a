using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Core.Runtime;

/// <summary>
/// The scratch pad of one accepted change: copies the state's tokens and clock, moves tokens, collects effects in order,
/// then freezes into a new <see cref="InstanceState"/>. Lives for one call only.
/// </summary>
internal sealed class Transition
{
    private readonly CompiledWorkflow _wf;
    private readonly IBusinessCalendar _calendar;
    private readonly InstanceState _from;
    private readonly DateTimeOffset _now;
    private readonly List<OpenToken> _tokens;
    private readonly List<Effect> _effects = new(8);
    private Visit? _visit;

    public Transition(CompiledWorkflow wf, IBusinessCalendar calendar, InstanceState from, DateTimeOffset now)
    {
        _wf = wf;
        _calendar = calendar;
        _from = from;
        _now = now;
        _tokens = new List<OpenToken>(from.Tokens.Count + 2);
        for (var i = 0; i < from.Tokens.Count; i++) _tokens.Add(from.Tokens[i]);
        Clock = from.Clock;
        Status = from.Status;
        Outcome = from.Outcome;
        EndedAt = from.EndedAt;
        Owed = from.Owed;
    }

    public InstanceClock Clock { get; private set; }
    public InstanceStatus Status { get; private set; }
    public EndOutcome? Outcome { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public List<OpenToken> Tokens => _tokens;
    public OwedMaterials? Owed { get; set; }

    public void Emit(Effect effect) => _effects.Add(effect);

    /// <summary>Whether this transition already tells <paramref name="audience"/> something.</summary>
    public bool Notifies(string audience) => _effects.Any(e => e is Notify notify && notify.Audience == audience);

    public void Record(Visit visit) => _visit = visit;

    public EngineResult.Accepted Finish()
    {
        var visits = _from.Visits;
        if (_visit is not null)
        {
            var grown = new Visit[visits.Count + 1];
            for (var i = 0; i < visits.Count; i++) grown[i] = visits[i];
            grown[^1] = _visit;
            visits = grown;
        }
        var state = _from with
        {
            Status = Status,
            Outcome = Outcome,
            EndedAt = EndedAt,
            Tokens = _tokens.ToArray(),
            Visits = visits,
            Clock = Clock,
            Owed = Owed,
            Revision = _from.Revision + 1,
        };
        return new EngineResult.Accepted(state, _effects.ToArray());
    }

    /// <summary>撤回: the human step is open again as it was, without running its on-enter effects a second time.</summary>
    public void Reopen(CompiledStep step, BranchInfo? branch)
    {
        _tokens.Add(new OpenToken(step.Id, _now, branch));
        Emit(new TaskOpened(step.Id, step.Role ?? "", Clock.IsRunning ? Clock.DueAt : null));
    }

    /// <summary>Closes the token at <paramref name="index"/> as its step is left.</summary>
    public OpenToken Leave(int index)
    {
        var token = _tokens[index];
        _tokens.RemoveAt(index);
        if (_wf.FindStep(token.StepId) is { Kind: StepKind.Human }) Emit(new TaskClosed(token.StepId));
        return token;
    }

    public void Enter(int stepIndex, BranchInfo? branch)
    {
        if (Status == InstanceStatus.Ended) return;
        var step = _wf.Steps[stepIndex];
        RunEffects(step.OnEnter);
        switch (step.Kind)
        {
            case StepKind.Human:
                _tokens.Add(new OpenToken(step.Id, _now, branch));
                Emit(new TaskOpened(step.Id, step.Role ?? "", Clock.IsRunning ? Clock.DueAt : null));
                break;
            case StepKind.Automatic:
                Enter(step.Then, branch);
                break;
            case StepKind.Wait:
                // The only trigger is certificate-ready; with no instant to wait for (no certificate) it moves on at once.
                if (Clock.CertificateReadyAt is { } readyAt && readyAt > _now)
                {
                    _tokens.Add(new OpenToken(step.Id, _now, branch));
                    Emit(new DeadlineScheduled(DeadlineKind.CertificateReady, readyAt));
                }
                else
                {
                    if (Clock.CertificateReadyAt is { } ready) Emit(new CertificateReady(ready));
                    Enter(step.Then, branch);
                }
                break;
            case StepKind.Parallel:
                var outer = branch;
                while (outer is not null && outer.ParallelStep == step.Id) outer = outer.Outer;
                for (var i = 0; i < step.Branches.Length && Status == InstanceStatus.Active; i++)
                {
                    Enter(step.Branches[i], new BranchInfo(step.Id, i, outer));
                }
                break;
            case StepKind.Join:
                Arrive(step, branch);
                break;
            case StepKind.End:
                End(step.Outcome ?? EndOutcome.Completed);
                break;
        }
    }

    private void Arrive(CompiledStep join, BranchInfo? branch)
    {
        var parallel = _wf.Steps[join.Partner];
        if (branch is null || branch.ParallelStep != parallel.Id)
        {
            // Not a branch of this join's parallel step (the validator forbids it): nothing to wait for.
            Enter(join.Then, branch);
            return;
        }
        _tokens.Add(new OpenToken(join.Id, _now, branch));
        var arrived = 0L; // bit per branch index; a branch counts once
        for (var i = 0; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.StepId == join.Id && t.Branch is { } b && b.ParallelStep == parallel.Id && b.Index < 64) arrived |= 1L << b.Index;
        }
        if (System.Numerics.BitOperations.PopCount((ulong)arrived) < parallel.Branches.Length) return;
        for (var i = _tokens.Count - 1; i >= 0; i--)
        {
            var t = _tokens[i];
            if (t.StepId == join.Id && t.Branch is { } b && b.ParallelStep == parallel.Id) _tokens.RemoveAt(i);
        }
        Enter(join.Then, branch.Outer);
    }

    /// <summary>Ends the instance: closes every open token and cancels every pending deadline.</summary>
    public void End(EndOutcome outcome)
    {
        for (var i = 0; i < _tokens.Count; i++)
        {
            var step = _wf.FindStep(_tokens[i].StepId);
            if (step?.Kind == StepKind.Human) Emit(new TaskClosed(step.Id));
            else if (step?.Kind == StepKind.Wait) Emit(new DeadlineCancelled(DeadlineKind.CertificateReady));
        }
        _tokens.Clear();
        if (Clock.IsRunning) CancelClockDeadlines();
        if (Owed is { IsOutstanding: true }) CancelOwedDeadlines();
        if (Clock.SupplementExpiresAt is not null)
        {
            Emit(new DeadlineCancelled(DeadlineKind.SupplementExpiry));
            Clock = Clock with { SupplementExpiresAt = null };
        }
        Status = InstanceStatus.Ended;
        Outcome = outcome;
        EndedAt = _now;
        Emit(new InstanceEnded(outcome));
    }

    /// <summary>Ends the instance as withdrawn because the supplement deadline passed; the expiry itself is what fired.</summary>
    public void ExpireSupplement()
    {
        Clock = Clock with { SupplementExpiresAt = null };
        Emit(new Notify(Notify.Applicant, NotifyTemplates.SupplementExpired, _wf.Message(Vocabulary.Messages.SupplementExpired)));
        End(EndOutcome.Withdrawn);
    }

    public void RunEffects(System.Collections.Immutable.ImmutableArray<EffectWord> words)
    {
        foreach (var word in words)
        {
            switch (word)
            {
                case EffectWord.StartClock: StartClock(); break;
                case EffectWord.SuspendClock: SuspendClock(); break;
                case EffectWord.ResumeClock: ResumeClock(); break;
                case EffectWord.RecordInRegister: RecordInRegister(); break;
                case EffectWord.AllocateCertificateNumber:
                    if (_wf.CertificateKind != CertificateKind.None) Emit(new CertificateNumberRequested(_wf.CertificateKind, _now));
                    break;
                case EffectWord.NotifyApplicant:
                    Emit(new Notify(Notify.Applicant, NotifyTemplates.ApplicantUpdate, _wf.Message(Vocabulary.Messages.ApplicantUpdate)));
                    break;
                case EffectWord.RestartClock: RestartClock(); break;
                case EffectWord.HandOverCertificate:
                    if (_wf.CertificateKind != CertificateKind.None) Emit(new CertificateHandedOver(_now));
                    break;
            }
        }
    }

    private ServiceLevelSpec Level => _wf.ServiceLevel;

    private void StartClock()
    {
        if (Clock.RegisteredAt is not null) return;
        if (Clock.IsRunning) CancelClockDeadlines();
        if (Clock.SupplementExpiresAt is not null) Emit(new DeadlineCancelled(DeadlineKind.SupplementExpiry));
        var due = _calendar.DueFor(_now, Level);
        var warning = _calendar.WarningFor(due, Level);
        Clock = new InstanceClock { AcceptedAt = _now, DueAt = due, WarningAt = warning };
        Emit(new ClockStarted(_now, due));
        ScheduleClockDeadlines();
    }

    private void SuspendClock()
    {
        if (!Clock.IsRunning) return;
        var due = Clock.DueAt!.Value;
        TimeSpan? remaining = Level.OnSupplement == SupplementClock.Pause && _now < due
            ? _calendar.WorkingTimeBetween(_now, due)
            : null;
        DateTimeOffset? expiresAt = Level.SupplementWithinWorkingDays is { } days
            ? _calendar.ClosingOf(_calendar.AddWorkingDays(LocalDate(_now), days))
            : null;
        CancelClockDeadlines();
        Clock = Clock with { PausedAt = _now, RemainingWhilePaused = remaining, SupplementExpiresAt = expiresAt };
        Emit(new ClockSuspended(_now, remaining));
        if (expiresAt is { } at) Emit(new DeadlineScheduled(DeadlineKind.SupplementExpiry, at));
    }

    private void ResumeClock()
    {
        if (!Clock.IsPaused) return;
        if (Clock.SupplementExpiresAt is not null) Emit(new DeadlineCancelled(DeadlineKind.SupplementExpiry));
        InstanceClock resumed;
        if (Level.OnSupplement == SupplementClock.Restart)
        {
            // A new promise from the moment the materials arrive: warning and breach may happen again.
            var due = _calendar.DueFor(_now, Level);
            resumed = Clock with { DueAt = due, WarningAt = _calendar.WarningFor(due, Level), WarningSent = false, Overdue = false, MissedByApplicant = false };
        }
        else if (Clock.RemainingWhilePaused is { } remaining)
        {
            var due = _calendar.AddWorkingTime(_now, remaining);
            resumed = Clock with { DueAt = due, WarningAt = _calendar.WarningFor(due, Level) };
        }
        else
        {
            resumed = Clock; // no working time was left when it paused: the due instant stays where it was
        }
        Clock = resumed with { PausedAt = null, RemainingWhilePaused = null, SupplementExpiresAt = null };
        Emit(new ClockResumed(_now, Clock.DueAt!.Value));
        ScheduleClockDeadlines();
    }

    /// <summary>
    /// 退回 with <c>restart-clock</c>: a new promise from now, with warning and overdue cleared, as a supplement under
    /// <c>restart</c> gives. Only a running clock restarts: before acceptance, while paused for a supplement or after
    /// registration there is no promise in force to renew.
    /// </summary>
    private void RestartClock()
    {
        if (!Clock.IsRunning) return;
        CancelClockDeadlines();
        var due = _calendar.DueFor(_now, Level);
        Clock = Clock with { DueAt = due, WarningAt = _calendar.WarningFor(due, Level), WarningSent = false, Overdue = false, MissedByApplicant = false };
        Emit(new ClockResumed(_now, due));
        ScheduleClockDeadlines();
    }

    private void RecordInRegister()
    {
        if (Clock.RegisteredAt is not null) return;
        var clock = Clock;
        if (clock.AcceptedAt is null)
        {
            // Registered without an explicit acceptance: it counts as accepted at the same instant.
            clock = clock with { AcceptedAt = _now, DueAt = _calendar.DueFor(_now, Level) };
        }
        else if (clock.IsRunning)
        {
            CancelClockDeadlines();
        }
        if (clock.SupplementExpiresAt is not null) Emit(new DeadlineCancelled(DeadlineKind.SupplementExpiry));
        var readyAt = _calendar.CertificateReadyAfter(_now, Level);
        Clock = clock with
        {
            RegisteredAt = _now,
            CertificateReadyAt = _wf.CertificateKind == CertificateKind.None ? null : readyAt,
            PausedAt = null,
            RemainingWhilePaused = null,
            SupplementExpiresAt = null,
        };
        var onTime = Clock.RegisteredOnTime == true;
        Emit(new RecordedInRegister(_now, onTime, !onTime && Clock.MissedByApplicant));
    }

    /// <summary>容缺受理: the applicant owes <paramref name="ids"/> until the end of <paramref name="promisedBy"/>.</summary>
    public void OweMaterials(IReadOnlyList<string> ids, DateOnly promisedBy)
    {
        if (Owed is { IsOutstanding: true }) CancelOwedDeadlines();
        Owed = new OwedMaterials(ids, promisedBy, _calendar.OpeningOf(promisedBy), _calendar.ClosingOf(promisedBy));
        Emit(new MaterialsOwed(ids, promisedBy, Owed.DueAt));
        Emit(new DeadlineScheduled(DeadlineKind.OwedMaterialReminder, Owed.RemindAt));
        Emit(new DeadlineScheduled(DeadlineKind.OwedMaterialOverdue, Owed.OverdueAt));
    }

    public void CancelOwedDeadlines()
    {
        Emit(new DeadlineCancelled(DeadlineKind.OwedMaterialReminder));
        Emit(new DeadlineCancelled(DeadlineKind.OwedMaterialOverdue));
    }

    public void MarkMissedByApplicant() => Clock = Clock with { MissedByApplicant = true };

    private void ScheduleClockDeadlines()
    {
        if (!Clock.WarningSent && !Clock.Overdue) Emit(new DeadlineScheduled(DeadlineKind.Warning, Clock.WarningAt!.Value));
        if (!Clock.Overdue) Emit(new DeadlineScheduled(DeadlineKind.Breach, Clock.BreachAt!.Value));
    }

    private void CancelClockDeadlines()
    {
        Emit(new DeadlineCancelled(DeadlineKind.Warning));
        Emit(new DeadlineCancelled(DeadlineKind.Breach));
    }

    public void MarkWarned() => Clock = Clock with { WarningSent = true };

    public void MarkOverdue(bool byApplicant = false) => Clock = Clock with { Overdue = true, MissedByApplicant = Clock.MissedByApplicant || byApplicant };

    private DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _calendar.TimeZone).DateTime);
}
