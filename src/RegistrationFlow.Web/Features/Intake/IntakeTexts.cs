using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Intake;

internal static class IntakeTexts
{
    public static readonly LocalizedText Title = ZhEn("窗口受理", "Counter intake");
    public static readonly LocalizedText ChooseWorkflow = ZhEn("— 先选择登记业务 —", "— choose the workflow first —");
    public static readonly LocalizedText Property = ZhEn("不动产", "Property");
    public static readonly LocalizedText AddParty = ZhEn("添加当事人", "Add party");
    public static readonly LocalizedText RemoveParty = ZhEn("删除", "Remove");
    public static readonly LocalizedText Accept = ZhEn("受理", "Accept");
    public static readonly LocalizedText RefuseIntake = ZhEn("不予受理", "Refuse intake");
    public static readonly LocalizedText RefuseReason = ZhEn("不予受理理由", "Reason for refusing intake");
    public static readonly LocalizedText OneTimeList = ZhEn(
        "一次性告知：申请人须补齐的全部材料", "One-time notice: every material the applicant must still bring");
    public static readonly LocalizedText ConfirmRefusal = ZhEn("确认不予受理", "Confirm refusal");
    public static readonly LocalizedText Cancel = ZhEn("取消", "Cancel");
    public static readonly LocalizedText RequiredParties = ZhEn("本业务需要的当事人", "Parties this workflow needs");
    public static readonly LocalizedText AtLeast = ZhEn("至少", "at least");
    public static readonly LocalizedText ShareHint = ZhEn("按份共有填份额（如 0.5），共同共有留空", "Share for 按份共有 (e.g. 0.5); empty for joint ownership");
    public static readonly LocalizedText NotANumber = ZhEn("请输入数字，例如 89.5", "Enter a number, e.g. 89.5");
    public static readonly LocalizedText FixMarked = ZhEn("服务器未接受：请更正标出的项目。", "The server did not accept it: correct the fields marked.");
    public static readonly LocalizedText CreatedNotAccepted = ZhEn(
        "申请已登记，但受理被拒绝：", "The application was recorded, but accepting it was refused:");
    public static readonly LocalizedText OpenApplication = ZhEn("打开该申请", "Open the application");
    public static readonly LocalizedText ShortcutsTitle = ZhEn("键盘操作", "Keyboard");
    public static readonly LocalizedText KeyWorkflow = ZhEn("业务", "workflow");
    public static readonly LocalizedText KeyUnit = ZhEn("单元号", "unit number");
    public static readonly LocalizedText KeyParty = ZhEn("在当事人栏中回车：添加当事人", "in a party field: add a party");
    public static readonly LocalizedText KeyMaterials = ZhEn("材料", "materials");
    public static readonly LocalizedText KeyTab = ZhEn("下一项", "next field");
    public static readonly LocalizedText KeySpace = ZhEn("勾选材料", "tick a material");
    public static readonly LocalizedText Fee = ZhEn("登记费", "Fee");
    public static readonly LocalizedText Yuan = ZhEn("元", "yuan");
    public static readonly LocalizedText Ticked = ZhEn("已收", "received");
    public static readonly LocalizedText DraftRestored = ZhEn("已恢复上次未提交的受理表单（连接中断或服务器重启前填写的内容）。",
        "The intake you had not submitted is back (what was typed before the connection dropped or the server restarted).");
    public static readonly LocalizedText DiscardDraft = ZhEn("清空，重新填写", "Discard and start again");
    public static readonly LocalizedText PromisedBy = ZhEn("承诺补交日期（容缺）", "Promised by (materials owed)");

    public static LocalizedText OwedHint(IEnumerable<LocalizedText> owed, DateOnly earliest, DateOnly latest)
    {
        var list = owed.ToList();
        return ZhEn($"未勾选的容缺材料：{string.Join("、", list.Select(t => t.ZhCn))}。可容缺受理，须填写申请人承诺补交的日期（{earliest:yyyy-MM-dd} 至 {latest:yyyy-MM-dd} 的工作日）；补齐前不能登簿。",
            $"Owed materials not ticked: {string.Join(", ", list.Select(t => t.EnUs))}. The application can be accepted with them owed on the applicant's promise of a date ({earliest:yyyy-MM-dd} to {latest:yyyy-MM-dd}, a working day); it is not registered until they arrive.");
    }
}
