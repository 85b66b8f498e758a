using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.IntegrationTests.Hosting;
using static RegistrationFlow.IntegrationTests.Applications.ApplicationsApi;

namespace RegistrationFlow.IntegrationTests.Applications;

/// <summary>缴费 on a new-build transfer (80 yuan per case): payments taken, refused, voided; the certificate waits for the fee.</summary>
public sealed class PaymentTests(ApplicationsHost host) : IClassFixture<ApplicationsHost>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static async Task<JsonElement> StatementAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/applications/{id}/payments");

    private static Task<HttpResponseMessage> PayAsync(HttpClient client, Guid id, object body) =>
        client.PostAsJsonAsync($"/api/applications/{id}/payments", body);

    [Fact]
    public async Task Payments_are_checked_voided_not_deleted_and_the_certificate_is_released_only_once_the_fee_is_paid()
    {
        host.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, China));
        var registered = await host.RegisteredAsync();
        var id = registered.Id;
        var clerk = await host.ClientAsync("clerk");
        var reviewer = await host.ClientAsync("reviewer");

        var start = await StatementAsync(clerk, id);
        Assert.Equal((80m, 0m, 80m, false), (start.GetProperty("due").GetDecimal(), start.GetProperty("paid").GetDecimal(),
            start.GetProperty("outstanding").GetDecimal(), start.GetProperty("settled").GetBoolean()));

        var refusals = new (object Body, string Field, string Code)[]
        {
            (new { method = "cash" }, "amount", "payment-amount-required"),
            (new { amount = 0, method = "cash" }, "amount", "payment-amount-not-positive"),
            (new { amount = 100, method = "cash" }, "amount", "payment-amount-over-outstanding"),
            (new { amount = 80.001, method = "cash" }, "amount", "payment-amount-too-precise"),
            (new { amount = 80, method = "cheque" }, "method", "payment-method-unknown"),
            (new { amount = 80, method = "card" }, "reference", "payment-reference-required"),
        };
        foreach (var (body, field, code) in refusals)
        {
            var refused = await PayAsync(clerk, id, body);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            var codes = (await ReadAsync(refused)).GetProperty("codes");
            Assert.Contains(code, codes.GetProperty(field).EnumerateArray().Select(c => c.GetString()));
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await PayAsync(reviewer, id, new { amount = 80, method = "cash" })).StatusCode);
        Assert.Empty((await StatementAsync(clerk, id)).GetProperty("payments").EnumerateArray());

        // Part in cash, then the certificate is ready but cannot be released while 30 yuan is owed.
        var part = await ReadAsync(await PayAsync(clerk, id, new { amount = 50, method = "cash" }));
        Assert.Equal((50m, 30m), (part.GetProperty("paid").GetDecimal(), part.GetProperty("outstanding").GetDecimal()));
        var cashId = part.GetProperty("payments")[0].GetProperty("id").GetGuid();
        var ready = (await host.DeadlinesAsync(id)).Single(d => d.Kind == DeadlineKind.CertificateReady);
        host.Clock.SetUtcNow(ready.DueAt);
        await host.FireAsync(ready.Id);
        clerk = await host.ClientAsync("clerk");
        var collector = new { capacity = "applicant", name = "张三", idType = "resident-id", idNumber = "11010519491231002X" };
        var application = await GetAsync(clerk, id);
        var unpaid = await ActAsync(clerk, id, "hand-over", application.GetProperty("etag").GetString(), new { collector });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unpaid.StatusCode);
        Assert.Equal("fee-unpaid", (await ReadAsync(unpaid)).GetProperty("codes").GetProperty("fee")[0].GetString());
        Assert.Equal("ready-for-pickup", Status(await GetAsync(clerk, id)));

        // The cash was a mistake: voided with a reason (refused without), kept on record; then paid by card.
        var noReason = await clerk.PostAsJsonAsync($"/api/applications/{id}/payments/{cashId}/void", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        var voided = await ReadAsync(await clerk.PostAsJsonAsync($"/api/applications/{id}/payments/{cashId}/void", new { reason = "金额录错" }));
        Assert.Equal(0m, voided.GetProperty("paid").GetDecimal());
        var kept = Assert.Single(voided.GetProperty("payments").EnumerateArray());
        Assert.True(kept.GetProperty("voided").GetBoolean());
        Assert.Equal("金额录错", kept.GetProperty("voidReason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsJsonAsync($"/api/applications/{id}/payments/{cashId}/void", new { reason = "again" })).StatusCode);

        var paid = await ReadAsync(await PayAsync(clerk, id, new { amount = 80, method = "card", reference = "POS-0001" }));
        Assert.True(paid.GetProperty("settled").GetBoolean());
        var more = await PayAsync(clerk, id, new { amount = 1, method = "cash" });
        Assert.Equal(HttpStatusCode.Conflict, more.StatusCode);
        Assert.Equal("nothing-due", (await ReadAsync(more)).GetProperty("code").GetString());

        application = await GetAsync(clerk, id);
        var handedOver = await ActAsync(clerk, id, "hand-over", application.GetProperty("etag").GetString(), new { collector });
        Assert.Equal(HttpStatusCode.OK, handedOver.StatusCode);
        var cardId = paid.GetProperty("payments")[1].GetProperty("id").GetGuid();
        Assert.Equal("certificate-released", (await ReadAsync(
            await clerk.PostAsJsonAsync($"/api/applications/{id}/payments/{cardId}/void", new { reason = "late" }))).GetProperty("code").GetString());

        // The takings: Monday 50 in cash; Tuesday 80 by card and the Monday cash voided — a void counts on its own day,
        // so Monday's figures never change.
        var manager = await host.ClientAsync("manager");
        var monday = (await manager.GetFromJsonAsync<JsonElement>("/api/reports/daily?date=2026-03-02")).GetProperty("fees");
        Assert.Equal((50m, 0m, 50m), (monday.GetProperty("received").GetDecimal(), monday.GetProperty("voided").GetDecimal(), monday.GetProperty("net").GetDecimal()));
        var tuesday = (await manager.GetFromJsonAsync<JsonElement>("/api/reports/daily?date=2026-03-03")).GetProperty("fees");
        Assert.Equal((80m, 50m, 30m), (tuesday.GetProperty("received").GetDecimal(), tuesday.GetProperty("voided").GetDecimal(), tuesday.GetProperty("net").GetDecimal()));
        Assert.Equal(-50m, tuesday.GetProperty("byMethod").GetProperty("cash").GetDecimal());
        Assert.Equal(80m, tuesday.GetProperty("byMethod").GetProperty("card").GetDecimal());
        Assert.Equal(30m, tuesday.GetProperty("byCashier").GetProperty("clerk").GetDecimal());
        var history = (await host.HistoryAsync(id)).Select(r => r.Action).ToList();
        Assert.Equal(2, history.Count(a => a == "payment-received"));
        Assert.Contains("payment-voided", history);
    }
}
