namespace RegistrationFlow.Diagrams;

public enum DiffKind { Unchanged, Added, Removed, Changed }

/// <summary>
/// One row of a side-by-side comparison. Line numbers are 1-based; a side is null where the row has no line there
/// (the right side of a removed line, the left side of an added one).
/// </summary>
public sealed record DiffRow(DiffKind Kind, int? LeftNumber, string? LeftText, int? RightNumber, string? RightText);
