using Microsoft.AspNetCore.Http.HttpResults;
using RegistrationFlow.Core.Calendar;
using RegistrationFlow.Infrastructure.Identity;
using RegistrationFlow.Infrastructure.Notifications;
using RegistrationFlow.Web.Hosting;
using RegistrationFlow.Web.Problems;

namespace RegistrationFlow.Web.Features.Notifications;

internal static class NotificationEndpoints
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications");
        notifications.MapGet("/", ListAsync)
            .RequireAuthorization(policy => policy.RequireRole(RoleNames.Manager, RoleNames.Admin))
            .WithName("ListNotifications")
            .WithSummary("The notification outbox, newest first, a page at a time (manager, admin). No SMS gateway exists: " +
                         "this is what would be sent.")
            .ProducesValidationProblem();
        return notifications;
    }

    private static async Task<Results<Ok<NotificationPage>, ValidationProblem>> ListAsync(
        int? page, int? pageSize, NotificationQueries notifications, IBusinessCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var number = QueryValues.Page(page, "page", errors, http);
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [http.Localize(Core.Common.LocalizedText.Of($"pageSize 应在 1 到 {MaxPageSize} 之间。", $"pageSize must be 1 to {MaxPageSize}."))];
        }
        if (errors.Count > 0)
        {
            return RequestProblems.Invalid(errors);
        }
        var size = pageSize ?? DefaultPageSize;
        var language = RequestLanguage.Of(http);

        var (rows, total) = await notifications.PageAsync(number, size, cancellationToken);
        var items = rows.Select(n => new NotificationResponse(
            n.Id, n.ApplicationId, n.Audience, n.Recipient, n.Template,
            new Core.Common.LocalizedText(n.TextZhCn, n.TextEnUs).For(language),
            n.TextZhCn, n.TextEnUs,
            TimeZoneInfo.ConvertTime(n.CreatedAt, calendar.TimeZone),
            n.SentAt is { } sent ? TimeZoneInfo.ConvertTime(sent, calendar.TimeZone) : null)).ToList();
        return TypedResults.Ok(new NotificationPage(items, total, number, size));
    }
}

public sealed record NotificationPage(IReadOnlyList<NotificationResponse> Items, int Total, int Page, int PageSize);

/// <summary><c>text</c> is in the caller's language; both languages are given as well.</summary>
public sealed record NotificationResponse(
    Guid Id, Guid? ApplicationId, string Audience, string Recipient, string Template, string Text,
    string TextZhCn, string TextEnUs, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
