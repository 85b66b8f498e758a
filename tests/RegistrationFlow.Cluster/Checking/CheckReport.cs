using System.Text;

namespace RegistrationFlow.Cluster.Checking;

/// <summary>The checker's findings: violations by property (empty when the run kept every property) and the figures it counted.</summary>
public sealed class CheckReport
{
    private const int DetailsPerProperty = 20;
    private readonly Dictionary<string, List<string>> _violations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _violationCounts = new(StringComparer.Ordinal);
    private readonly List<KeyValuePair<string, long>> _figures = [];

    public bool Passed => _violationCounts.Count == 0;
    public IReadOnlyDictionary<string, int> ViolationCounts => _violationCounts;
    public IReadOnlyDictionary<string, List<string>> Violations => _violations;
    public IReadOnlyList<KeyValuePair<string, long>> Figures => _figures;

    public void Violation(string property, string detail)
    {
        _violationCounts[property] = _violationCounts.GetValueOrDefault(property) + 1;
        if (!_violations.TryGetValue(property, out var details)) _violations[property] = details = [];
        if (details.Count < DetailsPerProperty) details.Add(detail);
    }

    public void Figure(string name, long value) => _figures.Add(new KeyValuePair<string, long>(name, value));

    public long FigureOf(string name) => _figures.LastOrDefault(f => f.Key == name).Value;

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(Passed ? "checker: PASSED (every property held)" : $"checker: FAILED ({_violationCounts.Values.Sum()} violations)");
        foreach (var (property, count) in _violationCounts.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  {property}: {count}");
            foreach (var detail in _violations[property]) text.AppendLine($"    - {detail}");
        }
        foreach (var (name, value) in _figures) text.AppendLine($"  {name}: {value}");
        return text.ToString();
    }
}
