using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Registration.Identifiers;

namespace RegistrationFlow.Core.Registration.Intake;

/// <summary>
/// How intake failures carry their text: <see cref="ValidationFailure.ErrorCode"/> is a stable code,
/// <see cref="ValidationFailure.ErrorMessage"/> is in <see cref="CultureInfo.CurrentUICulture"/> (English for en*,
/// Chinese otherwise) and <see cref="ValidationFailure.CustomState"/> is the <see cref="LocalizedText"/> with both.
/// For identifier errors with a segment, <see cref="ValidationFailure.FormattedMessagePlaceholderValues"/> holds
/// <c>Segment</c>, <c>Offset</c> and <c>Length</c>.
/// </summary>
public static class IntakeFailures
{
    /// <summary>A number as people write it in either language (invariant: 89.5, never 89,5).</summary>
    internal static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    public static string Message(LocalizedText text) => text.For(CultureInfo.CurrentUICulture.Name);

    /// <summary>The bilingual text of a failure produced by the intake validators.</summary>
    public static LocalizedText? Text(this ValidationFailure failure) => failure.CustomState as LocalizedText;

    /// <summary>Names the rule by its JSON property (camelCase), so failures carry paths such as <c>parties[0].idNumber</c>.</summary>
    public static IRuleBuilderInitial<T, TProperty> Json<T, TProperty>(this IRuleBuilderInitial<T, TProperty> rule, string name) =>
        rule.Configure(r => r.PropertyName = name);

    public static IRuleBuilderInitialCollection<T, TElement> Json<T, TElement>(this IRuleBuilderInitialCollection<T, TElement> rule, string name) =>
        rule.Configure(r => r.PropertyName = name);

    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, LocalizedText text) =>
        rule.WithErrorCode(code).WithMessage(_ => Message(text)).WithState(_ => text);

    public static IRuleBuilderOptions<T, TProperty> WithText<T, TProperty>(
        this IRuleBuilderOptions<T, TProperty> rule, string code, Func<T, TProperty, LocalizedText> text) =>
        rule.WithErrorCode(code).WithMessage((x, v) => Message(text(x, v))).WithState((x, v) => text(x, v));

    internal static void Add<T>(ValidationContext<T> context, string path, string code, LocalizedText text, object? attemptedValue = null) =>
        context.AddFailure(new ValidationFailure(path, Message(text), attemptedValue)
        {
            ErrorCode = code,
            CustomState = text,
        });

    internal static void Add<T>(ValidationContext<T> context, string path, IdentifierError error, object? attemptedValue)
    {
        var failure = new ValidationFailure(path, Message(error.Message), attemptedValue)
        {
            ErrorCode = error.Code,
            CustomState = error.Message,
        };
        if (error.Segment is not null)
        {
            failure.FormattedMessagePlaceholderValues = new Dictionary<string, object>
            {
                ["Segment"] = error.Segment,
                ["Offset"] = error.Offset ?? 0,
                ["Length"] = error.Length ?? 0,
            };
        }
        context.AddFailure(failure);
    }
}
