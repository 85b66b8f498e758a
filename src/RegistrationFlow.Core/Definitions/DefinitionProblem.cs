using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// One thing wrong with a definition file: where (1-based line and column; 0 when the definition was built in code),
/// a stable <see cref="Code"/> from <see cref="DefinitionProblemCodes"/>, and a plain message in Chinese and English.
/// </summary>
public sealed record DefinitionProblem(string File, int Line, int Column, string Code, LocalizedText Message)
{
    public static DefinitionProblem At(string file, SourceLocation location, string code, LocalizedText message) =>
        new(file, location.Line, location.Column, code, message);

    /// <summary><c>file:line:column: message</c> in English, the form editors and compilers use.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {Message.EnUs}";
}
