using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar;

/// <summary>One thing wrong with submitted calendar data, keyed by its JSON path (<c>days[3].date</c>).</summary>
public sealed record CalendarFieldError(string Field, LocalizedText Message);
