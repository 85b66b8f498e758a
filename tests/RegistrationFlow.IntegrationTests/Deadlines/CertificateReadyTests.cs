using Microsoft.Extensions.DependencyInjection;
using RegistrationFlow.Core.Runtime;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Deadlines;
using RegistrationFlow.Infrastructure.Persistence.Entities;
using RegistrationFlow.IntegrationTests.Hosting;

namespace RegistrationFlow.IntegrationTests.Deadlines;

/// <summary>
/// Registered (登簿) on Monday 2 March 2026 at 09:00: the breach no longer applies, and the certificate is ready at the
/// next working day's opening, Tuesday 3 March at 08:30.
/// </summary>
public sealed class CertificateReadyTests(ServiceHost host) : IClassFixture<ServiceHost>
{
    private static readonly DateTimeOffset ReadyAt = new(2026, 3, 3, 8, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task The_certificate_becomes_ready_for_pickup_once_at_the_next_opening_and_the_breach_never_fires()
    {
        var application = await host.RegisteredAsync();
        var deadlines = await host.DeadlinesAsync(application.Id);
        Assert.All(deadlines.Where(d => d.Kind is DeadlineKind.Warning or DeadlineKind.Breach), d => Assert.Equal(DeadlineState.Cancelled, d.State));
        var ready = Assert.Single(deadlines, d => d.Kind == DeadlineKind.CertificateReady);
        Assert.Equal(ReadyAt, ready.DueAt);
        Assert.NotNull(application.CertificateNumber);

        // Past the old breach instant, through the night: nothing but the certificate deadline is left to fire.
        host.Clock.Advance(ReadyAt - host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await host.InScopeAsync(services => services.GetRequiredService<DeadlineFiringJob>().FireDueAsync(CancellationToken.None)));
        Assert.Equal(ApplicationStatuses.Registered, (await host.ApplicationAsync(application.Id)).Status);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.WaitUntilFiredAsync(ready.Id);

        var after = await host.ApplicationAsync(application.Id);
        Assert.Equal(ApplicationStatuses.ReadyForPickup, after.Status);
        Assert.False(after.Overdue);
        Assert.Equal(["pickup"], after.CurrentSteps);
        var certificate = await host.InScopeAsync(services => Task.FromResult(
            services.GetRequiredService<Infrastructure.Persistence.RegistrationDbContext>().Certificates.Single(c => c.ApplicationId == application.Id)));
        Assert.Equal(ReadyAt, certificate.ReadyAt);
        Assert.Single(await host.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.CertificateReady);
        var notice = Assert.Single(await host.NotificationsAsync(application.Id), n => n.Audience == Notify.Applicant);
        Assert.Equal(application.ReceiptNumber, notice.Recipient);
        Assert.DoesNotContain(await host.HistoryAsync(application.Id), r => r.Action == ApplicationAuditActions.Escalated);
    }
}
