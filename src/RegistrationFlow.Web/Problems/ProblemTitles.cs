using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Web.Problems;

/// <summary>Bilingual titles for the status codes the service answers with.</summary>
internal static class ProblemTitles
{
    private static readonly Dictionary<int, LocalizedText> Titles = new()
    {
        [400] = LocalizedText.Of("请求无效", "Bad request"),
        [401] = LocalizedText.Of("需要登录", "Authentication required"),
        [403] = LocalizedText.Of("无权执行此操作", "Forbidden"),
        [404] = LocalizedText.Of("未找到", "Not found"),
        [405] = LocalizedText.Of("不支持此请求方法", "Method not allowed"),
        [409] = LocalizedText.Of("与当前状态冲突", "Conflict"),
        [412] = LocalizedText.Of("数据已被他人修改", "Precondition failed"),
        [413] = LocalizedText.Of("请求正文过大", "Request body too large"),
        [415] = LocalizedText.Of("不支持的内容类型", "Unsupported media type"),
        [422] = LocalizedText.Of("无法处理的请求", "Unprocessable request"),
        [428] = LocalizedText.Of("缺少前提条件", "Precondition required"),
        [500] = LocalizedText.Of("服务器内部错误", "Internal server error"),
        [503] = LocalizedText.Of("服务暂不可用", "Service unavailable"),
    };

    public static LocalizedText? For(int status) => Titles.GetValueOrDefault(status);

    /// <summary>A detail for a refusal the framework writes without one.</summary>
    public static LocalizedText? DetailFor(int status) => status switch
    {
        401 => LocalizedText.Of("请先登录（Bearer 令牌或登录 Cookie）。", "Sign in first (a bearer token or the sign-in cookie)."),
        403 => LocalizedText.Of("您的角色无权执行此操作。", "Your roles do not allow this."),
        404 => LocalizedText.Of("没有这个地址。", "There is nothing at this address."),
        405 => LocalizedText.Of("此地址不支持该请求方法。", "This address does not take this request method."),
        415 => UnsupportedMediaType,
        500 => LocalizedText.Of("服务器出错，未作任何更改；此错误已记录。", "The server failed; nothing was changed, and the failure is logged."),
        _ => null,
    };

    /// <summary>True for the English titles ASP.NET Core fills in by itself, which are replaced by <see cref="For"/>.</summary>
    public static bool IsFrameworkDefault(string? title) => title is null || FrameworkDefaults.Contains(title);

    private static readonly HashSet<string> FrameworkDefaults =
    [
        "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Conflict", "Precondition Failed",
        "Payload Too Large", "Content Too Large", "Request Entity Too Large", "Unsupported Media Type",
        "Unprocessable Entity", "Unprocessable Content", "Precondition Required", "Internal Server Error", "Service Unavailable",
        "One or more validation errors occurred.", "An error occurred while processing your request.",
    ];

    public static readonly LocalizedText DatabaseBusy = LocalizedText.Of(
        "数据库暂时无法完成此请求，未作任何更改，请稍后重试。", "The database could not complete this request just now; nothing was changed. Try again shortly.");

    public static readonly LocalizedText BodyRequired = LocalizedText.Of(
        "缺少请求正文（JSON 对象）。", "The request needs a body (a JSON object).");

    public static LocalizedText InvalidParameter(string name) => LocalizedText.Of(
        $"参数 {name} 的值无效。", $"The value of {name} is not valid.");

    public static readonly LocalizedText InvalidRequest = LocalizedText.Of(
        "请求无法读取。", "The request could not be read.");

    public static readonly LocalizedText MalformedJson = LocalizedText.Of(
        "请求正文不是有效的 JSON。", "The request body is not valid JSON.");

    public static LocalizedText BodyTooLarge(long limit) => LocalizedText.Of(
        $"请求正文超过 {limit / 1024} KiB 的上限。", $"The request body exceeds the limit of {limit / 1024} KiB.");

    public static readonly LocalizedText UnsupportedMediaType = LocalizedText.Of(
        "请求正文须为 JSON（Content-Type: application/json）。", "The request body must be JSON (Content-Type: application/json).");
}
