using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Components.Layout;

/// <summary>The screens a person's roles give them, in the order they are used.</summary>
public static class NavItems
{
    public sealed record NavItem(string Href, LocalizedText Title, string Id, bool External = false);

    private static readonly (string Role, NavItem Item)[] All =
    [
        (RoleNames.Clerk, new("/intake", LocalizedText.Of("受理", "Intake"), "nav-intake")),
        (RoleNames.Clerk, new("/supplement", LocalizedText.Of("补正", "Supplements"), "nav-supplement")),
        (RoleNames.Clerk, new("/pickup", LocalizedText.Of("领证", "Pick-up"), "nav-pickup")),
        (RoleNames.Reviewer, new("/worklist", LocalizedText.Of("待办", "Worklist"), "nav-worklist")),
        (RoleNames.Approver, new("/worklist", LocalizedText.Of("待办", "Worklist"), "nav-worklist")),
        (RoleNames.Manager, new("/manager", LocalizedText.Of("看板", "Dashboard"), "nav-dashboard")),
        (RoleNames.Manager, new("/manager/reassign", LocalizedText.Of("批量转办", "Reassign"), "nav-reassign")),
        (RoleNames.Manager, new("/manager/workflows", LocalizedText.Of("流程定义", "Workflows"), "nav-workflows")),
        (RoleNames.Manager, new("/manager/service-level", LocalizedText.Of("时限预览", "Service level"), "nav-service-level")),
        (RoleNames.Manager, new("/manager/calendar", LocalizedText.Of("业务日历", "Calendar"), "nav-calendar")),
        (RoleNames.Admin, new("/manager/calendar", LocalizedText.Of("业务日历", "Calendar"), "nav-calendar")),
        (RoleNames.Manager, new("/manager/outbox", LocalizedText.Of("通知", "Notifications"), "nav-outbox")),
        (RoleNames.Manager, new("/audit", LocalizedText.Of("审计日志", "Audit trail"), "nav-audit")),
        (RoleNames.Admin, new("/audit", LocalizedText.Of("审计日志", "Audit trail"), "nav-audit")),
        (RoleNames.Admin, new("/admin/users", LocalizedText.Of("用户与岗位", "Users"), "nav-users")),
        (RoleNames.Manager, new("/hangfire", LocalizedText.Of("后台任务", "Jobs"), "nav-hangfire", External: true)),
        (RoleNames.Admin, new("/hangfire", LocalizedText.Of("后台任务", "Jobs"), "nav-hangfire", External: true)),
    ];

    public static IReadOnlyList<NavItem> For(IEnumerable<string> roles)
    {
        var set = roles.ToHashSet(StringComparer.Ordinal);
        return All.Where(x => set.Contains(x.Role)).Select(x => x.Item).DistinctBy(x => x.Href).ToList();
    }

    /// <summary>Where a person lands after sign-in: their first screen.</summary>
    public static string Home(IEnumerable<string> roles) => For(roles).FirstOrDefault(x => !x.External)?.Href ?? "/welcome";
}
