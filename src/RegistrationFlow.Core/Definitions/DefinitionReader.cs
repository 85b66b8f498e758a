using RegistrationFlow.Core.Definitions.Reading;

namespace RegistrationFlow.Core.Definitions;

/// <summary>
/// Reads a workflow definition written in YAML (JSON is accepted: it is YAML) into a <see cref="WorkflowDefinition"/>.
/// Never throws on bad input: syntax errors, duplicate keys, unknown keys, wrong types and unknown words come back as
/// <see cref="DefinitionProblem"/>s with the file, line and column. The language is described in docs/DEFINITIONS.md.
/// </summary>
public static class DefinitionReader
{
    public static DefinitionReadResult Read(string text, string fileName)
    {
        var problems = new ProblemSink(fileName);
        var root = YamlTreeBuilder.Build(StripByteOrderMark(text ?? ""), problems);
        var definition = root is null ? null : new DefinitionBuilder(new NodeReader(problems)).Build(root);
        return new DefinitionReadResult(definition, problems.Problems);
    }

    /// <summary>
    /// Reads and, when the text gave a model, validates it: every problem of both in one list, in file order.
    /// This is the one call a definition store makes.
    /// </summary>
    public static DefinitionReadResult ReadAndValidate(string text, string fileName, DefinitionValidationOptions? options = null)
    {
        var read = Read(text, fileName);
        if (read.Definition is null) return read;
        var problems = read.Problems.Concat(DefinitionValidator.Validate(read.Definition, fileName, options))
            .OrderBy(problem => problem.Line).ThenBy(problem => problem.Column)
            .ToList();
        return read with { Problems = problems };
    }

    private static string StripByteOrderMark(string text) => text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
}
