using RegistrationFlow.Core.Common;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Workflows;

internal static class WorkflowTexts
{
    public static LocalizedText UnknownWorkflow(string id, IEnumerable<string> known) => ZhEn(
        $"没有已发布的业务流程“{id}”。现有：{string.Join("、", known)}。",
        $"There is no published workflow '{id}'. Known: {string.Join(", ", known)}.");

    public static readonly LocalizedText UnknownWorkflowTitle = ZhEn("未知的业务流程", "Unknown workflow");

    public static LocalizedText UnknownVersion(string id, int version) => ZhEn(
        $"业务流程“{id}”没有第 {version} 版。", $"Workflow '{id}' has no version {version}.");

    public static readonly LocalizedText HasProblems = ZhEn("流程定义有错误", "The workflow definition has problems");

    public static LocalizedText ProblemCount(int count) => ZhEn(
        $"共 {count} 处错误，见 problems（行、列、说明）。", $"{count} problem(s); see problems (line, column, message).");

    public static readonly LocalizedText VersionTaken = ZhEn("版本号已被占用", "The version number is taken");

    public static LocalizedText IdMismatch(string inText, string inPath) => ZhEn(
        $"定义的 id 是“{inText}”，但地址中是“{inPath}”。", $"The definition's id is '{inText}' but the address names '{inPath}'.");

    public static readonly LocalizedText TextRequired = ZhEn("请提供流程定义的文本。", "The definition text is required.");
}
