namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// One entry of a holiday notice: an off day (<c>isOffDay: true</c>) or a 调休 make-up working day on a weekend
/// (<c>isOffDay: false</c>).
/// </summary>
public readonly record struct HolidayDay(DateOnly Date, string Name, bool IsOffDay);
