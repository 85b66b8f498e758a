using System.Text;
using RegistrationFlow.Infrastructure.Applications;
using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Features.Calendar;

/// <summary>What the calendar's write endpoints and page read from a request: the JSON text as sent, and the caller's role.</summary>
internal static class CalendarRequests
{
    /// <summary>The body as text: the services check it themselves, so every problem is named by its field.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>The role the audit trail records for a calendar change: manager when held, else admin.</summary>
    public static string CalendarRole(this StaffMember staff) => staff.Holds(RoleNames.Manager) ? RoleNames.Manager : RoleNames.Admin;
}
