using System.Text.Json;
using RegistrationFlow.Backlog.Scenario;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;
using RegistrationFlow.Core.Registration.Intake;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Audit;
using RegistrationFlow.Infrastructure.Certificates;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Office;
using RegistrationFlow.Infrastructure.Persistence;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.Infrastructure.Search;
using RegistrationFlow.Infrastructure.Workflows;

namespace RegistrationFlow.Backlog.Seeding;

/// <summary>The rows one or more simulated lifecycles produced, to be inserted in one transaction.</summary>
internal sealed class BulkRows
{
    public List<Application> Applications { get; } = [];
    public List<WorkTask> Tasks { get; } = [];
    public List<Deadline> Deadlines { get; } = [];
    public List<Certificate> Certificates { get; } = [];
    public List<OutboxNotification> Notifications { get; } = [];
    public List<AuditRecord> AuditRecords { get; } = [];
    public List<Payment> Payments { get; } = [];

    public int Count => Applications.Count + Tasks.Count + Deadlines.Count + Certificates.Count + Notifications.Count + AuditRecords.Count + Payments.Count;

    /// <summary>Adds the rows, with the search terms the service writes beside each application (the triggers add the rest).</summary>
    public void AddTo(RegistrationDbContext db, SearchIndexKey searchKey)
    {
        db.Applications.AddRange(Applications);
        db.ApplicationSearchTerms.AddRange(Applications.SelectMany(a => SearchTermRows.For(a, searchKey)));
        db.WorkTasks.AddRange(Tasks);
        db.Deadlines.AddRange(Deadlines);
        db.Certificates.AddRange(Certificates);
        db.OutboxNotifications.AddRange(Notifications);
        db.AuditRecords.AddRange(AuditRecords);
        db.Payments.AddRange(Payments);
    }
}

/// <summary>
/// Runs one planned application through the real engine in memory and produces exactly the rows the service would
/// write for it — <see cref="ApplicationService"/> for intake and actions, <see cref="DeadlineHandler"/> for each
/// deadline at its due instant, <see cref="EffectApplier"/> for the effects, <see cref="AuditTrail"/> for the chain —
/// including row versions, but without a database round trip per step. The same validation and engine rules apply: an
/// intake the validator refuses or an action the engine refuses stops the load. Integration tests compare its rows
/// with the service's for the same plan.
/// </summary>
internal sealed class LifecycleSimulator(WorkflowCatalog catalog, WorkflowEngine engine, ICertificateNumberFormatter formatter, OfficeSettings office)
{
    private WorkflowEngine Engine => engine;
    private ICertificateNumberFormatter Formatter => formatter;
    private OfficeSettings Office => office;

    private static readonly JsonSerializerOptions DetailJson = new(JsonSerializerDefaults.Web);

    /// <summary>Simulates <paramref name="plan"/>, firing every deadline due up to <paramref name="until"/>, into <paramref name="rows"/>.</summary>
    public Application Run(PlannedApplication plan, DateTimeOffset until, Func<DateOnly, long> nextReceipt, BulkCounters counters, BulkRows rows)
    {
        var command = plan.Command;
        if (!catalog.TryGetPublished(command.Workflow!, out var workflow))
            throw new InvalidOperationException($"There is no published workflow named '{command.Workflow}'.");
        // The service's clock reads UTC; instants in the state's JSON keep the offset they were given.
        var now = plan.CreatedAt.ToUniversalTime();
        var today = DateOnly.FromDateTime(office.ToLocal(now).DateTime);
        var validation = ValidatorFor(workflow, today).Validate(command);
        if (!validation.IsValid)
            throw new InvalidOperationException($"The intake of {plan.Day:yyyy-MM-dd} #{plan.Index} is invalid: " +
                                                string.Join("; ", validation.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")));

        var application = NewApplicationRow.Build(command, workflow, plan.CreatedBy, now);
        var data = ApplicationData.Parse(application.Data);
        var started = engine.Start(workflow.Compiled, data, now).AcceptedOrThrow();
        application.ReceiptNumber = $"{office.ReceiptPrefix}{today:yyyyMMdd}{nextReceipt(today):0000}";

        var instance = new Instance(this, application, workflow, counters, rows);
        instance.Apply(started.State, started.Effects, plan.CreatedBy.UserName, now);
        instance.Audit(plan.CreatedBy.UserName, RoleNames.Clerk, ApplicationAuditActions.Created, null, ApplicationService.StepsOf(application),
            new { receiptNumber = application.ReceiptNumber, workflow = workflow.Id, version = workflow.Version }, now);
        instance.Save(applicationChanged: true);

        foreach (var action in plan.Actions)
        {
            instance.FireDeadlines(action.At);
            instance.Act(action, data);
        }
        instance.FireDeadlines(until);
        instance.Flush();
        rows.Applications.Add(application);
        return application;
    }

    private readonly Dictionary<(CatalogEntry, DateOnly), IntakeValidator> _validators = [];

    /// <summary>The service builds a validator per request; its rules depend only on the definition and the day.</summary>
    private IntakeValidator ValidatorFor(CatalogEntry workflow, DateOnly today)
    {
        if (!_validators.TryGetValue((workflow, today), out var validator))
            _validators[(workflow, today)] = validator = new IntakeValidator(workflow.Definition, today);
        return validator;
    }

    /// <summary>One application's rows while it is simulated; <see cref="Save"/> marks the end of one service transaction.</summary>
    private sealed class Instance(LifecycleSimulator owner, Application application, CatalogEntry workflow, BulkCounters counters, BulkRows rows)
    {
        private readonly List<WorkTask> _tasks = [];
        private readonly List<Deadline> _deadlines = [];
        private readonly List<Certificate> _certificates = [];
        private readonly HashSet<object> _saved = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<object> _dirty = new(ReferenceEqualityComparer.Instance);

        /// <summary>Who collects the certificate, when the action being applied is the hand-over (as the service records it).</summary>
        private Core.Registration.Pickup.CollectorInput? _collector;

        /// <summary>The state last projected onto the row (the row's JSON is what is stored; this saves reading it back).</summary>
        private InstanceState State { get; set; } = null!;

        public void Act(PlannedAction planned, JsonElement data)
        {
            var action = planned with { At = planned.At.ToUniversalTime() };
            var state = State;
            var role = ApplicationService.RoleFor(workflow.Compiled, state, action.Action);
            var fromSteps = ApplicationService.StepsOf(application);
            var result = owner.Engine.Apply(workflow.Compiled, state, data, action.Action, action.By.ToActor(), action.Input, action.At);
            if (result is EngineResult.Refused refused)
                throw new InvalidOperationException($"{application.ReceiptNumber}: {action.Action} by {action.By.UserName} was refused: {refused.Refusal.Message.EnUs}");
            var accepted = (EngineResult.Accepted)result;
            _collector = action.Input.Collector;
            if (accepted.Effects.OfType<CertificateHandedOver>().Any() && action.Input.Payment is { } offered)
            {
                // As the service takes the fee with the hand-over: the whole amount owed (the plan pays nothing before).
                var due = RegistrationFlow.Infrastructure.Payments.FeeStatement.QuoteFor(workflow.Definition).Total;
                action = action with { Input = action.Input with { Payment = offered with { Amount = RegistrationFlow.Infrastructure.Payments.FeeStatement.ToFen(due) / 100m } } };
                rows.Payments.Add(new Payment
                {
                    Id = Guid.NewGuid(), ApplicationId = application.Id, AmountFen = RegistrationFlow.Infrastructure.Payments.FeeStatement.ToFen(due),
                    Method = offered.Method!, Reference = offered.Reference, ReceivedBy = action.By.UserName, ReceivedAt = action.At,
                });
            }
            Apply(accepted.State, accepted.Effects, action.By.UserName, action.At);
            Audit(action.By.UserName, role, action.Action, fromSteps, ApplicationService.StepsOf(application),
                ApplicationService.ActionDetail(action.Input, application, accepted.Effects), action.At);
            Save(applicationChanged: true);
        }

        /// <summary>Fires each pending deadline due by <paramref name="upTo"/> at its due instant, earliest first, as a punctual scheduler would.</summary>
        public void FireDeadlines(DateTimeOffset upTo)
        {
            while (_deadlines.Where(d => d.State == DeadlineState.Pending && d.DueAt <= upTo).MinBy(d => d.DueAt) is { } deadline)
            {
                var now = deadline.DueAt.ToUniversalTime();
                var state = State;
                var result = owner.Engine.OnDeadline(workflow.Compiled, state, deadline.Kind, now).AcceptedOrThrow();
                var changed = result.State.Revision != state.Revision;
                var fromSteps = ApplicationService.StepsOf(application);
                // The handler marks the row with a conditional UPDATE that adds one to its version.
                deadline.State = DeadlineState.Fired;
                deadline.FiredAt = now;
                deadline.RowVersion++;
                if (changed)
                {
                    Apply(result.State, result.Effects, StaffMember.System.UserName, now);
                    Audit(StaffMember.System.UserName, null, AuditActionFor(deadline.Kind), fromSteps, ApplicationService.StepsOf(application),
                        new { deadlineId = deadline.Id, dueAt = now, firedAt = now }, now);
                }
                Save(applicationChanged: changed);
            }
        }

        /// <summary>The switch of <see cref="EffectApplier.ApplyAsync"/>, on this instance's rows.</summary>
        public void Apply(InstanceState state, IReadOnlyList<Effect> effects, string actor, DateTimeOffset now)
        {
            var openTasks = _tasks.Where(t => t.State == WorkTaskState.Open).ToList();
            var pending = _deadlines.Where(d => d.State == DeadlineState.Pending).ToList();
            var added = new List<Deadline>();
            var certificateReady = application.Status == ApplicationStatuses.ReadyForPickup;
            Certificate? newCertificate = null;

            foreach (var effect in effects)
            {
                switch (effect)
                {
                    case TaskOpened opened:
                        var task = EffectRows.OpenTask(application.Id, opened, now);
                        _tasks.Add(task);
                        _dirty.Add(task);
                        openTasks.Add(task);
                        break;
                    case TaskClosed closed:
                        if (EffectRows.CloseTask(openTasks, closed, actor, now) is { } open)
                        {
                            _dirty.Add(open);
                        }
                        break;
                    case DeadlineScheduled scheduled:
                        var deadline = EffectRows.NewDeadline(application.Id, scheduled, now);
                        _deadlines.Add(deadline);
                        _dirty.Add(deadline);
                        pending.Add(deadline);
                        added.Add(deadline);
                        break;
                    case DeadlineCancelled cancelled:
                        foreach (var row in pending.Where(d => d.Kind == cancelled.Kind).ToList())
                        {
                            row.State = DeadlineState.Cancelled;
                            pending.Remove(row);
                            _dirty.Add(row);
                            if (added.Remove(row))
                            {
                                _deadlines.Remove(row); // written and cancelled in one change: never stored
                                _dirty.Remove(row);
                            }
                        }
                        break;
                    case CertificateNumberRequested requested:
                        var year = owner.Office.ToLocal(requested.At).Year;
                        var sequence = counters.NextCertificate(year, requested.Kind);
                        newCertificate = new Certificate
                        {
                            Id = Guid.NewGuid(), Number = owner.Formatter.Format(year, requested.Kind, sequence), Kind = requested.Kind, Year = year,
                            Sequence = sequence, ApplicationId = application.Id, IssuedAt = requested.At,
                        };
                        _certificates.Add(newCertificate);
                        application.CertificateNumber = newCertificate.Number;
                        break;
                    case CertificateReady ready:
                        certificateReady = true;
                        if (newCertificate is not null) newCertificate.ReadyAt = ready.At;
                        else foreach (var certificate in _certificates.Where(c => c.ReadyAt == null)) certificate.ReadyAt = ready.At;
                        break;
                    case CertificateHandedOver handedOver:
                        foreach (var certificate in _certificates.Where(c => c.HandedOverAt == null))
                        {
                            certificate.HandedOverAt = handedOver.At;
                            certificate.HandedOverBy = actor;
                            certificate.CollectedAs = _collector?.Capacity;
                            certificate.CollectorName = _collector?.Name?.Trim();
                            certificate.CollectorIdType = _collector?.IdType;
                            certificate.CollectorIdNumber = _collector?.IdNumber?.Trim().ToUpperInvariant();
                        }
                        break;
                    case Notify notify:
                        rows.Notifications.Add(EffectRows.Notification(application, notify, now));
                        break;
                }
            }

            EffectApplier.Project(application, state, certificateReady);
            State = state;
            foreach (var task in openTasks)
            {
                // EF Core sees a change when the instant or its offset differs: a task read back from the database holds
                // UTC, the engine's clock the office's offset, so the service rewrites (and versions) the row each time.
                var dueAt = state.Clock.IsRunning ? state.Clock.DueAt : null;
                if (!(task.DueAt is { } was && dueAt is { } will ? was.EqualsExact(will) : task.DueAt is null && dueAt is null)) _dirty.Add(task);
                task.DueAt = dueAt;
            }
        }

        public void Audit(string actor, string? role, string action, string? fromSteps, string? toSteps, object detail, DateTimeOffset now)
        {
            var ticks = now.UtcTicks;
            var record = new AuditRecord
            {
                Sequence = ++counters.AuditSequence,
                Instant = new DateTimeOffset(ticks - ticks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero),
                Actor = actor,
                Role = role,
                Action = action,
                ApplicationId = application.Id,
                FromStep = fromSteps,
                ToStep = toSteps,
                Detail = JsonSerializer.Serialize(detail, DetailJson),
                PreviousHash = counters.AuditHash,
                Hash = "",
            };
            record.Hash = AuditHasher.Hash(record);
            counters.AuditHash = record.Hash;
            rows.AuditRecords.Add(record);
        }

        /// <summary>The end of one service transaction: rows written for the first time get version 1, changed ones one more.</summary>
        public void Save(bool applicationChanged)
        {
            if (applicationChanged) application.RowVersion++;
            foreach (var row in _dirty)
            {
                if (row is not IHasRowVersion versioned) continue;
                versioned.RowVersion = _saved.Add(row) ? 1 : versioned.RowVersion + 1;
            }
            _dirty.Clear();
            foreach (var row in _tasks)
            {
                _saved.Add(row);
                row.DueAt = row.DueAt?.ToUniversalTime(); // as the next transaction reads it back
            }
            foreach (var row in _deadlines) _saved.Add(row);
        }

        public void Flush()
        {
            rows.Tasks.AddRange(_tasks);
            rows.Deadlines.AddRange(_deadlines);
            rows.Certificates.AddRange(_certificates);
        }


        private static string AuditActionFor(DeadlineKind kind) => kind switch
        {
            DeadlineKind.Warning => ApplicationAuditActions.DeadlineWarning,
            DeadlineKind.Breach => ApplicationAuditActions.Escalated,
            DeadlineKind.CertificateReady => ApplicationAuditActions.CertificateReady,
            _ => ApplicationAuditActions.SupplementExpired,
        };
    }
}
