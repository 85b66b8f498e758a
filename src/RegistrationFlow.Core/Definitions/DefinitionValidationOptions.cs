namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// What the validator knows about the office's calendar, to refuse a service level the office can never meet.
/// The defaults are the Zhejiang hall hours of the winter and summer timetables taken together.
/// </summary>
public sealed record DefinitionValidationOptions
{
    public static readonly DefinitionValidationOptions Default = new();

    /// <summary>The latest opening time of any working day (a cut-off before it can never be met).</summary>
    public TimeOnly LatestOpening { get; init; } = new(8, 30);
    /// <summary>The earliest closing time of any working day (a same-day cut-off after it can never be met).</summary>
    public TimeOnly EarliestClosing { get; init; } = new(17, 0);
    /// <summary>Hall-hour time of the shortest working day (winter: 08:30–12:00 and 13:30–17:00); warn-before may not exceed it.</summary>
    public TimeSpan ShortestWorkingDay { get; init; } = TimeSpan.FromHours(7);
    /// <summary>不动产登记暂行条例 art 20: registration within 30 working days of acceptance.</summary>
    public int StatutoryLimitWorkingDays { get; init; } = 30;
    /// <summary>When set, the file name must be <c>&lt;id&gt;.v&lt;version&gt;.yaml</c> (or .yml, .json), as in workflows/.</summary>
    public bool RequireFileNameToMatch { get; init; }
}
