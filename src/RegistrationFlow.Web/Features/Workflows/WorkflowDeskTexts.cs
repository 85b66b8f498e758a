using RegistrationFlow.Core.Common;
using RegistrationFlow.Web.Components.Localization;
using static RegistrationFlow.Web.Components.Localization.Bilingual;

namespace RegistrationFlow.Web.Features.Workflows;

internal static class WorkflowDeskTexts
{
    public static readonly LocalizedText Workflows = ZhEn("流程定义", "Workflow definitions");
    public static readonly LocalizedText WorkflowsIntro = ZhEn(
        "每个业务的各版本；新申请按已发布版本办理，在办申请始终按其受理时的版本办理。",
        "Each workflow's versions; new applications start on the published one, running ones stay on the version they started on.");
    public static readonly LocalizedText Id = ZhEn("标识", "Id");
    public static readonly LocalizedText Title = ZhEn("名称", "Title");
    public static readonly LocalizedText Versions = ZhEn("版本", "Versions");
    public static readonly LocalizedText Published = ZhEn("已发布", "published");
    public static readonly LocalizedText Draft = ZhEn("草稿", "draft");
    public static readonly LocalizedText Retired = ZhEn("已停用", "superseded");

    /// <summary>Published now, published once and replaced since, or never published (a draft).</summary>
    public static string VersionState(VersionInfo version) =>
        version.Published ? "✓ " + Published.Local() : version.PublishedAt is not null ? Retired.Local() : Draft.Local();
    public static readonly LocalizedText OpenApplications = ZhEn("在办申请", "Open applications");
    public static readonly LocalizedText LoadProblems = ZhEn("加载流程文件时发现的问题", "Problems found loading the workflow files");
    public static readonly LocalizedText Diagram = ZhEn("流程图", "Diagram");
    public static readonly LocalizedText Text = ZhEn("定义文本", "Text");
    public static readonly LocalizedText Compare = ZhEn("版本对比", "Compare");
    public static readonly LocalizedText Editor = ZhEn("草稿编辑", "Draft editor");
    public static readonly LocalizedText Left = ZhEn("左", "Left");
    public static readonly LocalizedText Right = ZhEn("右", "Right");
    public static readonly LocalizedText NoDifference = ZhEn("两个版本的文本相同。", "The two versions have the same text.");
    public static readonly LocalizedText Checking = ZhEn("正在检查…", "Checking…");
    public static readonly LocalizedText NoProblems = ZhEn("未发现问题，可以保存或发布。", "No problems: it can be saved or published.");
    public static LocalizedText ProblemCount(int n) => ZhEn($"发现 {n} 个问题", $"{n} problem{(n == 1 ? "" : "s")} found");
    public static LocalizedText AtLine(int line, int column) => ZhEn($"第 {line} 行第 {column} 列", $"line {line}, column {column}");
    public static readonly LocalizedText SaveDraft = ZhEn("保存草稿", "Save draft");
    public static readonly LocalizedText Publish = ZhEn("发布", "Publish");
    public static readonly LocalizedText ConfirmPublish = ZhEn("确认发布", "Confirm publishing");
    public static LocalizedText PublishQuestion(string id, int? version, int? current) => ZhEn(
        $"发布 {id} 第 {version} 版？新受理的申请将按此版本办理{(current is null ? "" : $"，取代第 {current} 版")}；已在办的申请仍按原版本办理。",
        $"Publish {id} version {version}? New applications will start on it{(current is null ? "" : $", replacing version {current}")}; running ones stay on their version.");
    public static readonly LocalizedText Cancel = ZhEn("取消", "Cancel");
    public static LocalizedText PublishBlocked(int problems) => ZhEn(
        $"草稿有 {problems} 处问题，改正后才能发布。", $"The draft has {problems} problem(s): fix them to publish.");
    public static LocalizedText StayOnVersion(int open, int version) => ZhEn(
        $"第 {version} 版现有 {open} 件在办申请，发布后它们仍按第 {version} 版办结。",
        $"{open} open application(s) on version {version} will finish on version {version}.");
    public static LocalizedText DraftRefused(int problems) => ZhEn(
        $"服务器拒绝：草稿有 {problems} 个问题，改正后才能保存或发布。", $"Refused by the server: the draft has {problems} problem{(problems == 1 ? "" : "s")}; fix them before saving or publishing.");
    public static LocalizedText DraftStored(int version) => ZhEn($"已保存为第 {version} 版（未发布）。", $"Stored as version {version} (not published).");
    public static LocalizedText PublishedDone(string id, int version) => ZhEn($"{id} 第 {version} 版已发布。", $"{id} version {version} is published.");
    public static LocalizedText UnknownVersion(string id, int version) => ZhEn($"没有 {id} 第 {version} 版。", $"There is no version {version} of {id}.");
    public static readonly LocalizedText EditorHint = ZhEn(
        "边输入边检查（与服务器相同的检查）；点击问题可跳到所在行。", "Checked as you type (the server's own checks); click a problem to go to its line.");
    public static readonly LocalizedText Version = ZhEn("版本", "Version");
    public static readonly LocalizedText PublishedAt = ZhEn("发布时间", "Published at");
    public static readonly LocalizedText StoredAt = ZhEn("保存时间", "Stored at");
    public static readonly LocalizedText By = ZhEn("发布人", "By");
    public static string Unchanged(int lines) => ZhEn($"⋯ {lines} 行未改动（展开）", $"⋯ {lines} unchanged lines (show)").Local();
}
