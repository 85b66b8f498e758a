using RegistrationFlow.Core.Common;
using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Components.Layout;

/// <summary>Staff roles as people call them.</summary>
public static class RoleNamesText
{
    public static LocalizedText Of(string role) => role switch
    {
        RoleNames.Clerk => LocalizedText.Of("窗口受理", "Clerk"),
        RoleNames.Reviewer => LocalizedText.Of("审核", "Reviewer"),
        RoleNames.Approver => LocalizedText.Of("核准登簿", "Approver"),
        RoleNames.Manager => LocalizedText.Of("科室负责人", "Manager"),
        RoleNames.Admin => LocalizedText.Of("系统管理员", "Administrator"),
        _ => LocalizedText.Of(role, role),
    };
}
