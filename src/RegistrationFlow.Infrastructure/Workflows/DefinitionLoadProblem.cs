using RegistrationFlow.Core.Common;
using RegistrationFlow.Core.Definitions;

namespace RegistrationFlow.Infrastructure.Workflows;

public enum DefinitionLoadProblemKind
{
    /// <summary>The file could not be read or does not validate; it was skipped.</summary>
    Invalid,
    /// <summary>The file's (id, version) is already stored with other content; bump the version.</summary>
    VersionConflict,
    /// <summary>A stored version no longer compiles (should not happen: versions are validated before they are stored).</summary>
    DoesNotCompile,
}

/// <summary>
/// A definition file that was not loaded, with every reason (file:line:column: message). Shown on the definitions
/// page and by the API until the next start-up or reload.
/// </summary>
public sealed record DefinitionLoadProblem(string File, DefinitionLoadProblemKind Kind, LocalizedText Summary, IReadOnlyList<DefinitionProblem> Problems)
{
    /// <summary>One line per problem in the <c>file:line:column: message</c> form.</summary>
    public override string ToString() =>
        Problems.Count == 0 ? $"{File}: {Summary.EnUs}" : string.Join(Environment.NewLine, Problems.Select(p => p.ToString()));

    public static DefinitionLoadProblem Broken(string file, IReadOnlyList<DefinitionProblem> problems) =>
        new(file, DefinitionLoadProblemKind.Invalid, LocalizedText.Of(
            $"定义文件有 {problems.Count} 处错误，未载入。", $"The definition file has {problems.Count} problem(s) and was not loaded."), problems);

    public static DefinitionLoadProblem Conflict(string file, string workflowId, int version, string storedHash, string fileHash, SourceLocation versionAt)
    {
        var message = LocalizedText.Of(
            $"{workflowId} 第 {version} 版已存储且内容不同（已存 {storedHash[..12]}…，文件 {fileHash[..12]}…）：已发布的版本不可更改，请提高 version 后再载入。",
            $"{workflowId} version {version} is already stored with different content (stored {storedHash[..12]}…, file {fileHash[..12]}…): a stored version never changes; bump the version.");
        var line = Math.Max(versionAt.Line, 1);
        var column = Math.Max(versionAt.Column, 1);
        return new(file, DefinitionLoadProblemKind.VersionConflict, message,
            [new DefinitionProblem(file, line, column, "version-conflict", message)]);
    }

    public static DefinitionLoadProblem DoesNotCompile(string file, IReadOnlyList<string> problems) =>
        new(file, DefinitionLoadProblemKind.DoesNotCompile, LocalizedText.Of(
            $"已存储的版本无法编译：{string.Join("；", problems)}", $"The stored version does not compile: {string.Join("; ", problems)}"), []);
}
