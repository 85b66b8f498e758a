using System.Collections.Concurrent;
using System.Text.Json;
using RegistrationFlow.Cluster.Processes;

namespace RegistrationFlow.Cluster.Load;

/// <summary>An application a simulated user is walking through its lifecycle, with the ETag it last saw.</summary>
public sealed class Case(Guid id, string? etag)
{
    public Guid Id { get; } = id;
    public string? ETag { get; set; } = etag;
}

/// <summary>
/// A simulated office: one after another, applications of the shipped commercial-housing-transfer workflow are created
/// by the clerk (a unique marker in the address, so the checker can tell whether a create whose answer was lost was
/// carried out once or not at all), accepted, claimed by both reviewers at once (exactly one may win) and passed by
/// the winner, claimed by the approver and the lead at once and approved (登簿) by the winner; registered applications
/// go to the <see cref="PickupDesk"/>. Every 2xx is recorded in the <see cref="Ledger"/>. After a request whose
/// outcome is unknown (a fault) the user reloads the application and goes on from what it shows, as a person would.
/// </summary>
public sealed class CaseWorker(ClusterApi api, string runId, int index, TimeSpan think, PickupDesk pickup)
{
    public const string Workflow = "commercial-housing-transfer";
    public static readonly string[] Reviewers = ["reviewer", "reviewer2"];
    public static readonly string[] Approvers = ["approver", "lead"];
    private const int MaxAttempts = 8;

    private Ledger Ledger => api.Ledger;

    public async Task RunAsync(CancellationToken stop)
    {
        var number = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await RunCaseAsync($"{runId}-{index}-{++number}", stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task RunCaseAsync(string marker, CancellationToken stop)
    {
        var created = await api.PostAsync("clerk", "api/applications", NewApplication(marker), null, stop);
        if (created is null)
        {
            Ledger.UnknownCreate(marker);
            await Task.Delay(TimeSpan.FromMilliseconds(200), stop); // a clerk waits a moment before trying again
            return;
        }
        if (created.Code != 201 || created.Text("id") is not { } idText)
        {
            Ledger.Refusal($"create {created.Code} {created.Text("code")}");
            return;
        }
        var application = new Case(Guid.Parse(idText), created.EntityTag);
        Ledger.Acknowledge(new Acknowledgement(AcknowledgementKind.Create, application.Id, "create", "clerk",
            ClusterApi.RowVersionOf(application.ETag), ReceiptNumber: created.Text("number"), Marker: marker));

        if (!await ActAsync(api, application, "accept", "clerk", think, stop)) return;
        var reviewer = await ClaimAsync(application, "review", Reviewers, stop);
        if (reviewer is null || !await ActAsync(api, application, "pass", reviewer, think, stop)) return;
        var approver = await ClaimAsync(application, "approval", Approvers, stop);
        if (approver is null || !await ActAsync(api, application, "approve", approver, think, stop)) return;
        pickup.Add(application);
    }

    /// <summary>
    /// Takes <paramref name="action"/>, retrying with a fresh ETag after a fault, 409 or 412, a bounded number of times.
    /// True when the application has moved past the action — acknowledged, or carried out by an attempt whose answer
    /// was lost.
    /// </summary>
    public static async Task<bool> ActAsync(ClusterApi api, Case application, string action, string user, TimeSpan think, CancellationToken stop)
    {
        for (var attempt = 1; attempt <= MaxAttempts && !stop.IsCancellationRequested; attempt++)
        {
            await Task.Delay(think, stop);
            var answer = await api.PostAsync(user, $"api/applications/{application.Id}/actions/{action}", BodyFor(action), application.ETag, stop);
            if (answer is { IsSuccess: true })
            {
                application.ETag = answer.EntityTag;
                api.Ledger.Acknowledge(new Acknowledgement(AcknowledgementKind.Action, application.Id, action, user,
                    ClusterApi.RowVersionOf(answer.EntityTag), CertificateNumber: action == "approve" ? answer.Text("certificateNumber") : null));
                return true;
            }
            if (answer is not null) api.Ledger.Refusal($"{action} {answer.Code} {answer.Text("code")}");
            var current = await ReloadAsync(api, application.Id, user, stop);
            if (current is null) return false;
            if (HasMovedPast(action, current)) return true;
            if (answer is { Code: not (409 or 412) })
            {
                api.Ledger.Error($"{action} refused {answer.Code}", $"{application.Id}: {answer.Text("code")} {answer.Text("detail")}");
                return false;
            }
            application.ETag = current.EntityTag;
        }
        return false;
    }

    /// <summary>Both users claim the step's task at once; the one answered 200 takes the step. After faults, each tries again (claiming one's own task again is a no-op 200).</summary>
    private async Task<string?> ClaimAsync(Case application, string step, string[] users, CancellationToken stop)
    {
        Guid? taskId = null;
        for (var attempt = 1; attempt <= MaxAttempts && taskId is null && !stop.IsCancellationRequested; attempt++)
        {
            await Task.Delay(think, stop);
            foreach (var user in users)
            {
                taskId = await FindTaskAsync(application.Id, step, user, stop);
                if (taskId is not null) break;
            }
        }
        if (taskId is not { } task) return null;

        var path = $"api/tasks/{task}/claim";
        var race = await Task.WhenAll(users.Select(user => api.PostAsync(user, path, null, null, stop)));
        string? winner = null;
        for (var i = 0; i < users.Length; i++)
        {
            if (race[i] is { IsSuccess: true })
            {
                Ledger.Acknowledge(new Acknowledgement(AcknowledgementKind.Claim, application.Id, "claim", users[i], TaskId: task));
                winner ??= users[i];
            }
            else if (race[i] is { } refused)
            {
                Ledger.Refusal($"claim {refused.Code} {refused.Text("code")}");
            }
        }
        for (var attempt = 1; attempt <= MaxAttempts && winner is null && !stop.IsCancellationRequested; attempt++)
        {
            await Task.Delay(think + TimeSpan.FromMilliseconds(200), stop);
            foreach (var user in users)
            {
                var answer = await api.PostAsync(user, path, null, null, stop);
                if (answer is { IsSuccess: true })
                {
                    Ledger.Acknowledge(new Acknowledgement(AcknowledgementKind.Claim, application.Id, "claim", user, TaskId: task));
                    winner = user;
                    break;
                }
                if (answer is not null) Ledger.Refusal($"claim {answer.Code} {answer.Text("code")}");
            }
        }
        return winner;
    }

    private async Task<Guid?> FindTaskAsync(Guid applicationId, string step, string user, CancellationToken stop)
    {
        var answer = await api.GetAsync(user, "api/tasks?limit=1000", stop);
        if (answer is not { IsSuccess: true, Body: { ValueKind: JsonValueKind.Array } tasks }) return null;
        foreach (var task in tasks.EnumerateArray())
        {
            if (task.GetProperty("applicationId").GetGuid() == applicationId && task.GetProperty("step").GetString() == step)
                return task.GetProperty("id").GetGuid();
        }
        return null;
    }

    /// <summary>GET the application, retrying through faults for a bounded time.</summary>
    public static async Task<Answer?> ReloadAsync(ClusterApi api, Guid id, string user, CancellationToken stop)
    {
        var answer = await ProcessTools.FirstAnswerAsync(async () =>
        {
            var read = await api.GetAsync(user, $"api/applications/{id}", stop);
            return read is { IsSuccess: true } or { Code: 404 } ? read : null;
        }, TimeSpan.FromSeconds(10), stop);
        return answer is { IsSuccess: true } ? answer : null;
    }

    /// <summary>Whether the application shows the action as done (the shipped workflow's path has each action once).</summary>
    public static bool HasMovedPast(string action, Answer application)
    {
        var steps = application.Body is { ValueKind: JsonValueKind.Object } body && body.TryGetProperty("steps", out var list)
            ? list.EnumerateArray().Select(s => s.GetString()).ToList()
            : [];
        return action switch
        {
            "accept" => !steps.Contains("intake"),
            "pass" => !steps.Contains("intake") && !steps.Contains("review"),
            "approve" => application.Text("registeredAt") is not null,
            "hand-over" => application.Text("status") == "completed",
            _ => false,
        };
    }

    private static object BodyFor(string action) => action switch
    {
        "accept" => new { comment = "材料齐全" },
        // 领证 needs its collector: an agent with a power of attorney (no intake document to match).
        "hand-over" => new
        {
            collector = new { capacity = "agent", name = "代理人", idType = "resident-id", idNumber = "11010519491231002X" },
            payment = new { method = "cash" }, // the fee is taken as the certificate is given
        },
        _ => new { },
    };

    /// <summary>A valid new-build transfer (the integration tests' identifiers); the marker makes the address unique.</summary>
    public static object NewApplication(string marker) => new
    {
        workflow = Workflow,
        property = new { unitNumber = "331082001001GB00001F00010001", address = $"临海市古城街道东湖路 1 号 1 幢 101 室 {marker}", area = 89.5m, use = "residential" },
        parties = new object[]
        {
            new { role = "buyer", name = "张三", idType = "resident-id", idNumber = "11010519491231002X", share = 1 },
            new { role = "seller", name = "临海某房地产开发有限公司", idType = "uscc", idNumber = "91350100M000100Y43", share = 1 },
        },
        price = 1_250_000m,
        materials = new[] { "application-form", "identity-documents", "developer-credentials", "sale-contract", "deed-tax-proof",
            "developer-first-registration", "purchase-invoice", "interview-record" },
    };
}

/// <summary>
/// The clerk at the pick-up window: every half second lists the applications ready for pick-up (the certificate-ready
/// deadline has fired) and hands over the certificate of each one a simulated user registered.
/// </summary>
public sealed class PickupDesk(ClusterApi api, TimeSpan think)
{
    private readonly ConcurrentDictionary<Guid, Case> _waiting = new();

    public void Add(Case application) => _waiting[application.Id] = application;
    public int Waiting => _waiting.Count;

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
                var ready = await api.GetAsync("clerk", "api/applications?status=ready-for-pickup&pageSize=100", stop);
                if (ready is not { IsSuccess: true, Body: { ValueKind: JsonValueKind.Object } page }
                    || !page.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
                    continue;
                foreach (var item in items.EnumerateArray())
                {
                    if (stop.IsCancellationRequested) break;
                    if (!_waiting.TryGetValue(item.GetProperty("id").GetGuid(), out var application)) continue;
                    application.ETag = item.TryGetProperty("etag", out var etag) ? etag.GetString() : application.ETag;
                    if (await CaseWorker.ActAsync(api, application, "hand-over", "clerk", think, stop)) _waiting.TryRemove(application.Id, out _);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
