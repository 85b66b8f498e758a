using RegistrationFlow.Cluster.Checking;
using RegistrationFlow.Cluster.Load;

namespace RegistrationFlow.IntegrationTests.Nodes;

/// <summary>
/// The fault test's checker on hand-made data: a consistent history passes, and each kind of damage a fault could do
/// (a lost acknowledged action, a duplicate, a gap, a deadline fired twice, a task held by two users, a broken chain) is
/// reported. No database: these run in every pass.
/// </summary>
public sealed class FaultCheckerTests
{
    private static readonly Guid First = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Second = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid ReviewTask = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Warning = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private const string Certificate = "浙(2026)临海市不动产权第0000001号";

    private sealed record Data(DatabaseSnapshot Db, List<Acknowledgement> Acks, List<string> Unknown, ApiObservations Api)
    {
        public CheckReport Check() => FaultChecker.Check(Db, Acks, Unknown, Api);
    }

    /// <summary>Two applications: the first created, accepted, its review task claimed, passed and approved (a certificate), its warning fired; the second created.</summary>
    private static Data Consistent()
    {
        var audit = new List<AuditRow>
        {
            new(1, "create", "clerk", First, """{"receiptNumber":"LH202603020001"}""", At),
            new(2, "accept", "clerk", First, null, At),
            new(3, "claim", "reviewer", First, $$"""{"taskId":"{{ReviewTask}}"}""", At),
            new(4, "deadline-warning", "system", First, $$"""{"deadlineId":"{{Warning}}","firedAt":"2026-03-02T08:00:00+00:00"}""", At),
            new(5, "pass", "reviewer", First, null, At),
            new(6, "approve", "approver", First, null, At),
            new(7, "create", "clerk", Second, null, At),
        };
        var db = new DatabaseSnapshot(
            [
                new ApplicationRow(First, "LH202603020001", Certificate, 5, "registered", "临海市 1 号 FT0000000a-1-1"),
                new ApplicationRow(Second, "LH202603020002", null, 1, "received", "临海市 2 号 FT0000000a-1-2"),
            ],
            audit,
            [new CertificateRow(Guid.NewGuid(), Certificate, "PropertyRight", 2026, 1, First)],
            [new CounterRow("20260302", 3)],
            [new CounterRow("2026/PropertyRight", 2)],
            [new DeadlineRow(Warning, First, "Warning", "Fired", At), new DeadlineRow(Guid.NewGuid(), First, "Breach", "Cancelled", null)],
            [new TaskRow(ReviewTask, First, "review", "reviewer", "Closed")]);
        var acks = new List<Acknowledgement>
        {
            new(AcknowledgementKind.Create, First, "create", "clerk", 1, "LH202603020001", Marker: "FT0000000a-1-1"),
            new(AcknowledgementKind.Action, First, "accept", "clerk", 2),
            new(AcknowledgementKind.Claim, First, "claim", "reviewer", TaskId: ReviewTask),
            new(AcknowledgementKind.Action, First, "pass", "reviewer", 4),
            new(AcknowledgementKind.Action, First, "approve", "approver", 5, CertificateNumber: Certificate),
        };
        var histories = new Dictionary<Guid, IReadOnlyList<HistoryEntry>>
        {
            [First] = audit.Where(r => r.ApplicationId == First).Select(r => new HistoryEntry(r.Action, r.Actor)).ToList(),
        };
        return new Data(db, acks, ["FT0000000a-1-2"], new ApiObservations(histories, 0, true, audit.Count, null));
    }

    [Fact]
    public void A_consistent_history_passes_with_its_figures()
    {
        var report = Consistent().Check();

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(1, report.FigureOf("creates acknowledged"));
        Assert.Equal(1, report.FigureOf("… of which committed all the same (found by marker)"));
        Assert.Equal(1, report.FigureOf("deadlines fired: Warning"));
        Assert.Equal(5, report.FigureOf("acknowledged in all"));
    }

    [Fact]
    public void An_acknowledged_action_missing_from_the_audit_and_the_history_is_lost()
    {
        var data = Consistent();
        data.Acks.Add(new Acknowledgement(AcknowledgementKind.Action, First, "hand-over", "clerk", 6));

        var report = data.Check();

        Assert.Equal(1, report.ViolationCounts["lost action"]);
        Assert.Equal(1, report.ViolationCounts["lost action (API)"]);
    }

    [Fact]
    public void An_acknowledged_create_missing_from_the_database_is_lost()
    {
        var data = Consistent();
        data.Acks.Add(new Acknowledgement(AcknowledgementKind.Create, Guid.NewGuid(), "create", "clerk", 1, "LH202603020003", Marker: "FT0000000a-1-3"));

        Assert.Equal(1, data.Check().ViolationCounts["lost create"]);
    }

    [Fact]
    public void A_create_committed_twice_is_a_duplicate_and_its_receipt_numbers_go_past_the_counter()
    {
        var data = Consistent();
        var twice = data with { Db = data.Db with { Applications = [.. data.Db.Applications,
            new ApplicationRow(Guid.NewGuid(), "LH202603020003", null, 1, "received", "临海市 1 号 FT0000000a-1-1")] } };

        var report = twice.Check();

        Assert.Equal(1, report.ViolationCounts["duplicate create"]);
        Assert.Equal(1, report.ViolationCounts["receipt counter"]);
    }

    [Fact]
    public void An_action_recorded_twice_and_two_answers_with_one_version_are_reported()
    {
        var data = Consistent();
        var twice = data with { Db = data.Db with { Audit = [.. data.Db.Audit, new AuditRow(8, "pass", "reviewer2", First, null, At)] } };
        twice.Acks.Add(new Acknowledgement(AcknowledgementKind.Action, First, "pass", "reviewer2", 4));

        var report = twice.Check();

        Assert.Equal(1, report.ViolationCounts["action applied twice"]);
        Assert.Equal(1, report.ViolationCounts["two acknowledgements of one version"]);
    }

    [Fact]
    public void A_gap_in_receipt_or_certificate_numbers_is_reported()
    {
        var data = Consistent();
        var gaps = data with { Db = data.Db with
        {
            Applications = [data.Db.Applications[0], data.Db.Applications[1] with { ReceiptNumber = "LH202603020003" }],
            ReceiptCounters = [new CounterRow("20260302", 4)],
            Certificates = [data.Db.Certificates[0] with { Sequence = 2 }],
            CertificateCounters = [new CounterRow("2026/PropertyRight", 3)],
        } };

        var report = gaps.Check();

        Assert.Equal(1, report.ViolationCounts["receipt gap"]);
        Assert.Equal(1, report.ViolationCounts["certificate gap"]);
    }

    [Fact]
    public void A_certificate_number_used_twice_is_reported()
    {
        var data = Consistent();
        var twice = data with { Db = data.Db with
        {
            Applications = [data.Db.Applications[0], data.Db.Applications[1] with { CertificateNumber = Certificate }],
            Certificates = [.. data.Db.Certificates, new CertificateRow(Guid.NewGuid(), Certificate, "PropertyRight", 2026, 2, Second)],
            CertificateCounters = [new CounterRow("2026/PropertyRight", 3)],
        } };

        Assert.Equal(1, twice.Check().ViolationCounts["duplicate certificate number"]);
    }

    [Fact]
    public void A_deadline_fired_twice_or_fired_without_its_record_is_reported()
    {
        var data = Consistent();
        var twice = data with { Db = data.Db with { Audit = [.. data.Db.Audit,
            new AuditRow(8, "deadline-warning", "system", First, $$"""{"deadlineId":"{{Warning}}"}""", At)] } };
        var silent = data with { Db = data.Db with { Audit = data.Db.Audit.Where(r => r.Action != "deadline-warning").ToList() } };

        Assert.Equal(1, twice.Check().ViolationCounts["deadline fired twice"]);
        Assert.Equal(1, silent.Check().ViolationCounts["deadline without record"]);
    }

    [Fact]
    public void A_task_both_claimants_were_told_they_hold_is_reported()
    {
        var data = Consistent();
        data.Acks.Add(new Acknowledgement(AcknowledgementKind.Claim, First, "claim", "reviewer2", TaskId: ReviewTask));
        var recorded = data with { Db = data.Db with { Audit = [.. data.Db.Audit,
            new AuditRow(8, "claim", "reviewer2", First, $$"""{"taskId":"{{ReviewTask}}"}""", At)] } };

        Assert.True(recorded.Check().ViolationCounts["task claimed twice"] >= 2);
    }

    [Fact]
    public void A_broken_audit_chain_is_reported()
    {
        var data = Consistent();
        var broken = data with { Api = data.Api with { AuditIntact = false, AuditBreak = "sequence 4: hash mismatch" } };

        Assert.Equal(1, broken.Check().ViolationCounts["audit chain"]);
    }
}
