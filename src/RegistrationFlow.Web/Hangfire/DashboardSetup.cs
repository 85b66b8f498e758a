using Hangfire;
using Hangfire.Dashboard;
using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Hangfire;

internal static class DashboardSetup
{
    /// <summary>The Hangfire Dashboard at /hangfire, for managers and administrators only.</summary>
    public static WebApplication UseRegistrationDashboard(this WebApplication app)
    {
        app.UseHangfireDashboard(HangfireSetup.DashboardPath, new DashboardOptions
        {
            Authorization = [new ManagerOrAdminOnly()],
            DashboardTitle = "RegistrationFlow 后台作业 Jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }, app.Services.GetRequiredService<JobStorage>());
        return app;
    }

    /// <summary>
    /// Reads the user the authentication middleware found (sign-in cookie or bearer token). Hangfire answers a refusal
    /// with 401 when nobody is signed in and 403 when the user lacks the role.
    /// </summary>
    internal sealed class ManagerOrAdminOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var user = context.GetHttpContext().User;
            return user.Identity?.IsAuthenticated == true &&
                   (user.IsInRole(RoleNames.Manager) || user.IsInRole(RoleNames.Admin));
        }
    }
}
