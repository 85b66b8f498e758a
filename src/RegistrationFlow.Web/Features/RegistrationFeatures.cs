using RegistrationFlow.Web.Features.Applications;
using RegistrationFlow.Web.Features.Audit;
using RegistrationFlow.Web.Features.Auth;
using RegistrationFlow.Web.Features.Calendar;
using RegistrationFlow.Web.Features.Certificates;
using RegistrationFlow.Web.Features.Intake;
using RegistrationFlow.Web.Features.Notifications;
using RegistrationFlow.Web.Features.Payments;
using RegistrationFlow.Web.Features.Reports;
using RegistrationFlow.Web.Features.ServiceLevels;
using RegistrationFlow.Web.Features.Supplement;
using RegistrationFlow.Web.Features.Tasks;
using RegistrationFlow.Web.Features.Users;
using RegistrationFlow.Web.Features.Workflows;

namespace RegistrationFlow.Web.Features;

/// <summary>
/// The list of the product's features, one folder each (endpoints, pages, texts, readers): each registers its own
/// services and maps its own endpoints; this only names them, so the host and the components import no feature.
/// </summary>
internal static class RegistrationFeatures
{
    public static IServiceCollection AddRegistrationFeatures(this IServiceCollection services) => services
        .AddAuthFeature()
        .AddApplicationsFeature()
        .AddIntakeFeature()
        .AddSupplementFeature()
        .AddTasksFeature()
        .AddWorkflowsFeature();

    /// <summary>The API's endpoints under <c>/api</c>, and the screens' own (the cookie sign-out).</summary>
    public static void MapRegistrationFeatures(this WebApplication app, RouteGroupBuilder api)
    {
        api.MapAuthEndpoints();
        api.MapApplicationEndpoints();
        api.MapPaymentEndpoints();
        api.MapTaskEndpoints();
        api.MapCalendarEndpoints();
        api.MapServiceLevelEndpoints();
        api.MapWorkflowEndpoints();
        api.MapCertificateEndpoints();
        api.MapReportEndpoints();
        api.MapAuditEndpoints();
        api.MapNotificationEndpoints();
        api.MapUserEndpoints();
        app.MapAccountEndpoints();
    }
}
