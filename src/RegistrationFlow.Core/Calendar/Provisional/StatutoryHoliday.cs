using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Calendar.Provisional;

/// <summary>One day off that the law itself gives (全体公民放假的节日), before any 补假 or 调休.</summary>
public sealed record StatutoryHoliday(DateOnly Date, string Name, LocalizedText Description);
