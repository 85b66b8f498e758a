using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Features.Workflows;

internal static class WorkflowTexts
{
    public static LocalizedText UnknownWorkflow(string id, IEnumerable<string> known) => LocalizedText.Of(
        $"没有已发布的业务流程“{id}”。现有：{string.Join("、", known)}。",
        $"There is no published workflow '{id}'. Known: {string.Join(", ", known)}.");

    public static readonly LocalizedText UnknownWorkflowTitle = LocalizedText.Of("未知的业务流程", "Unknown workflow");

    public static LocalizedText UnknownVersion(string id, int version) => LocalizedText.Of(
        $"业务流程“{id}”没有第 {version} 版。", $"Workflow '{id}' has no version {version}.");

    public static readonly LocalizedText HasProblems = LocalizedText.Of("流程定义有错误", "The workflow definition has problems");

    public static LocalizedText ProblemCount(int count) => LocalizedText.Of(
        $"共 {count} 处错误，见 problems（行、列、说明）。", $"{count} problem(s); see problems (line, column, message).");

    public static readonly LocalizedText VersionTaken = LocalizedText.Of("版本号已被占用", "The version number is taken");

    public static LocalizedText IdMismatch(string inText, string inPath) => LocalizedText.Of(
        $"定义的 id 是“{inText}”，但地址中是“{inPath}”。", $"The definition's id is '{inText}' but the address names '{inPath}'.");

    public static readonly LocalizedText TextRequired = LocalizedText.Of("请提供流程定义的文本。", "The definition text is required.");
}
