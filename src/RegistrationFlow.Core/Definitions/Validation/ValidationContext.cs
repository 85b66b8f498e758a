using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Definitions.Validation;

/// <summary>The definition under validation, its step graph, and the problems found so far.</summary>
internal sealed class ValidationContext
{
    private readonly List<DefinitionProblem> problems = [];

    public ValidationContext(WorkflowDefinition definition, string file, DefinitionValidationOptions options)
    {
        Definition = definition;
        File = file;
        Options = options;
        Graph = new StepGraph(definition);
    }

    public WorkflowDefinition Definition { get; }
    public string File { get; }
    public DefinitionValidationOptions Options { get; }
    public StepGraph Graph { get; }
    public IReadOnlyList<DefinitionProblem> Problems => problems;

    /// <summary>Reports at the file position of <paramref name="path"/>, or at <paramref name="fallback"/> when the file did not say.</summary>
    public void Report(string path, SourceLocation fallback, string code, string zhCn, string enUs)
    {
        var at = Definition.Sources.Locate(path);
        problems.Add(DefinitionProblem.At(File, at == SourceLocation.Unknown ? fallback : at, code, LocalizedText.Of(zhCn, enUs)));
    }

    /// <summary>Reports at the key of <paramref name="path"/> (a step's or action's name), for problems about the whole element.</summary>
    public void ReportAtKey(string path, SourceLocation fallback, string code, string zhCn, string enUs)
    {
        var at = Definition.Sources.LocateKey(path);
        problems.Add(DefinitionProblem.At(File, at == SourceLocation.Unknown ? fallback : at, code, LocalizedText.Of(zhCn, enUs)));
    }

    public void ReportAt(SourceLocation at, string code, string zhCn, string enUs) =>
        problems.Add(DefinitionProblem.At(File, at, code, LocalizedText.Of(zhCn, enUs)));
}
