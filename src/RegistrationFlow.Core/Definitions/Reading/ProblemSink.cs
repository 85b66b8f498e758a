using RegistrationFlow.Core.Common;

namespace RegistrationFlow.Core.Definitions.Reading;

/// <summary>Collects problems for one file.</summary>
internal sealed class ProblemSink(string file)
{
    private readonly List<DefinitionProblem> problems = [];

    public string File => file;
    public IReadOnlyList<DefinitionProblem> Problems => problems;
    public bool Any => problems.Count > 0;

    public void Add(SourceLocation at, string code, string zhCn, string enUs) =>
        problems.Add(DefinitionProblem.At(file, at, code, LocalizedText.Of(zhCn, enUs)));
}
