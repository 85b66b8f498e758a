using RegistrationFlow.Infrastructure.Identity;

namespace RegistrationFlow.Web.Hosting;

/// <summary>The demonstration staff seeded in Development; "lead" holds two roles to show separation of duties.</summary>
internal static class DemoUsers
{
    public const string Password = "Demo-Pass-1";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string[] Roles)> All =
    [
        ("clerk", "窗口受理 Clerk", [RoleNames.Clerk]),
        ("reviewer", "审核 Reviewer", [RoleNames.Reviewer]),
        ("reviewer2", "审核二 Reviewer 2", [RoleNames.Reviewer]),
        ("approver", "核准登簿 Approver", [RoleNames.Approver]),
        ("lead", "审核兼核准 Lead", [RoleNames.Reviewer, RoleNames.Approver]),
        ("manager", "科室负责人 Manager", [RoleNames.Manager]),
        ("admin", "系统管理员 Admin", [RoleNames.Admin]),
    ];
}
