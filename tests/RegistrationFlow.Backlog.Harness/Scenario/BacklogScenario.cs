using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Core.Runtime;

namespace RegistrationFlow.Backlog.Scenario;

/// <summary>Where an open application of the backlog stops.</summary>
public enum OpenStage
{
    /// <summary>Received at the counter, not accepted: no clock, an intake task.</summary>
    Received,
    /// <summary>Accepted: waiting for review.</summary>
    Review,
    /// <summary>Passed review: waiting for approval.</summary>
    Approval,
    /// <summary>The reviewer asked for more materials (补正).</summary>
    Supplement,
    /// <summary>Approved (登簿): certificate ready the next working day, then waiting at the pick-up desk.</summary>
    Registered,
}

/// <summary>
/// The backlog as a plan: <c>completed</c> applications spread evenly over the working days of the business calendar
/// from its first day up to the open period, each taken through its whole life (create, accept, pass, approve,
/// certificate-ready, hand-over); and <c>open</c> applications spread over the last <c>openDays</c> working days up to
/// <c>today</c>, each stopped at a stage (<see cref="StageOf"/>). The plan depends only on these four numbers and the
/// calendar, so a stopped load resumed with the same options continues the same plan.
/// </summary>
public sealed class BacklogScenario
{
    /// <summary>
    /// 领证 by an agent with a power of attorney (no intake document to match, so every planned application can use it),
    /// the fee paid in cash at the same moment.
    /// </summary>
    private static readonly ActionInput HandOver = new(Collector: new Core.Registration.Pickup.CollectorInput
    {
        Capacity = Core.Registration.Pickup.CollectorCapacities.Agent, Name = "代理人", IdType = "resident-id", IdNumber = "110105198001010016",
    }, Payment: new Core.Registration.Payments.PaymentInput { Method = Core.Registration.Payments.PaymentMethods.Cash });

    /// <summary>Every 25th completed application is registered late, the next working day: its warning and breach fire first.</summary>
    public const int LateEvery = 25;

    private static readonly TimeSpan LastIntakeBeforeCutOff = TimeSpan.FromMinutes(30);
    private readonly IBusinessCalendar _calendar;

    public BacklogScenario(IBusinessCalendar calendar, DateOnly today, int open, int completed, int openDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(open);
        ArgumentOutOfRangeException.ThrowIfNegative(completed);
        ArgumentOutOfRangeException.ThrowIfLessThan(openDays, 1);
        _calendar = calendar;
        if (!calendar.IsWorkingDay(today))
            throw new ArgumentException($"{today:yyyy-MM-dd} is not a working day; the backlog's last day must be one.", nameof(today));
        Today = today;
        Open = open;
        Completed = completed;

        var working = new List<DateOnly>();
        for (var day = calendar.CoveredFrom; day <= today; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day)) working.Add(day);
        }
        if (working.Count < openDays + 2)
            throw new ArgumentException($"The calendar has only {working.Count} working days up to {today:yyyy-MM-dd}.", nameof(openDays));
        OpenDays = working[^openDays..];
        // The first working day is left out: a late registration of the day before it would fall outside the data.
        HistoryDays = working[1..^openDays];
    }

    public DateOnly Today { get; }
    public int Open { get; }
    public int Completed { get; }
    public IReadOnlyList<DateOnly> HistoryDays { get; }
    public IReadOnlyList<DateOnly> OpenDays { get; }

    /// <summary>How many of <paramref name="total"/> fall on the <paramref name="k"/>-th of <paramref name="days"/> days (evenly, remainders spread).</summary>
    public static int Share(int total, int days, int k) => (int)((long)(k + 1) * total / days - (long)k * total / days);

    public int CompletedOn(int historyDayIndex) => Share(Completed, HistoryDays.Count, historyDayIndex);

    public int OpenOn(int openDayIndex) => Share(Open, OpenDays.Count, openDayIndex);

    /// <summary>The stage an open application stops at: 10 % received, 40 % review, 20 % approval, 10 % supplement, 20 % registered.</summary>
    public static OpenStage StageOf(int index) => (index % 20) switch
    {
        < 2 => OpenStage.Received,
        < 10 => OpenStage.Review,
        < 14 => OpenStage.Approval,
        < 16 => OpenStage.Supplement,
        _ => OpenStage.Registered,
    };

    /// <summary>The instant the backlog is read at: one minute after the last planned action of the last day.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var count = OpenOn(OpenDays.Count - 1);
            var last = count == 0 ? _calendar.OpeningOf(Today) : Enumerable.Range(0, count).Max(i => OpenApplication(OpenDays.Count - 1, i).LastInstant);
            return last.AddMinutes(1).ToUniversalTime();
        }
    }

    public PlannedApplication CompletedApplication(int historyDayIndex, int index)
    {
        var day = HistoryDays[historyDayIndex];
        var created = IntakeTime(day, index, CompletedOn(historyDayIndex));
        var late = index % LateEvery == LateEvery - 1;
        var approvedAt = late ? _calendar.OpeningOf(_calendar.NextWorkingDay(day)).AddMinutes(30 + index % 60) : created.AddMinutes(40);
        var pickupDay = _calendar.NextWorkingDay(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(approvedAt, _calendar.TimeZone).DateTime));
        var handedOverAt = _calendar.OpeningOf(pickupDay).AddMinutes(30 + index % 240);
        return new PlannedApplication(day, index, created, Staff.Clerk, Applicants.For(day, index),
        [
            new PlannedAction(created.AddMinutes(2), "accept", Staff.Clerk, ActionInput.None),
            new PlannedAction(created.AddMinutes(20), "pass", ReviewerFor(index), ActionInput.None),
            new PlannedAction(approvedAt, "approve", Staff.Approver, ActionInput.None),
            new PlannedAction(handedOverAt, "hand-over", Staff.Clerk, HandOver),
        ]);
    }

    public PlannedApplication OpenApplication(int openDayIndex, int index)
    {
        var day = OpenDays[openDayIndex];
        var created = IntakeTime(day, index, OpenOn(openDayIndex));
        var actions = new List<PlannedAction>();
        var stage = StageOf(index);
        if (stage != OpenStage.Received) actions.Add(new PlannedAction(created.AddMinutes(2), "accept", Staff.Clerk, ActionInput.None));
        if (stage == OpenStage.Supplement)
            actions.Add(new PlannedAction(created.AddMinutes(20), "request-supplement", ReviewerFor(index),
                new ActionInput(Comment: "缺契税完税凭证 / deed-tax proof missing", MissingMaterials: ["deed-tax-proof"])));
        if (stage is OpenStage.Approval or OpenStage.Registered)
            actions.Add(new PlannedAction(created.AddMinutes(20), "pass", ReviewerFor(index), ActionInput.None));
        if (stage == OpenStage.Registered)
            actions.Add(new PlannedAction(created.AddMinutes(40), "approve", Staff.Approver, ActionInput.None));
        return new PlannedApplication(day, index, created, Staff.Clerk, Applicants.For(day, index), actions);
    }

    /// <summary>Intake times spread evenly from the hall's opening to half an hour before the same-day cut-off (16:00).</summary>
    private DateTimeOffset IntakeTime(DateOnly day, int index, int count)
    {
        var opening = _calendar.OpeningOf(day);
        var local = day.ToDateTime(new TimeOnly(16, 0));
        var cutOff = new DateTimeOffset(local, _calendar.TimeZone.GetUtcOffset(local)) - LastIntakeBeforeCutOff;
        var span = cutOff - opening;
        // Whole seconds, so the instants the service and the bulk writer store are the same to the tick.
        return opening.AddSeconds(Math.Floor(span.TotalSeconds * index / Math.Max(count, 1))).ToUniversalTime();
    }

    private static Infrastructure.Applications.StaffMember ReviewerFor(int index) => index % 2 == 0 ? Staff.Reviewer : Staff.Reviewer2;
}
