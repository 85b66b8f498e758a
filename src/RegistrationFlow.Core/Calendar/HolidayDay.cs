using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>
/// One entry of a holiday notice: an off day (<c>isOffDay: true</c>) or a 调休 make-up working day on a weekend
/// (<c>isOffDay: false</c>). <paramref name="Note"/> says why a provisional day is off (the holiday, or its 补假).
/// </summary>
public readonly record struct HolidayDay(DateOnly Date, string Name, bool IsOffDay, LocalizedText? Note = null);
