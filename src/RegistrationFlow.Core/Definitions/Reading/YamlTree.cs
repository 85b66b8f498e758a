namespace RegistrationFlow.Core.Definitions.Reading;

/// <summary>
/// A YAML node that keeps where it stands in the file. Built by <see cref="YamlTreeBuilder"/> from the parser's events
/// so that every node has a position and a mapping keeps every key, duplicates included.
/// </summary>
internal abstract record YamlNode(SourceLocation Location)
{
    public abstract string KindName { get; }
}

/// <summary>What a scalar is under the YAML 1.2 core schema: quoted scalars are always strings.</summary>
internal enum ScalarType { String, Integer, Float, Boolean, Null }

internal enum ScalarForm { Plain, Quoted, Block }

internal sealed record YamlScalar(SourceLocation Location, string Value, ScalarType Type, ScalarForm Form) : YamlNode(Location)
{
    /// <summary>Where the scalar's text begins: after the opening quote, or on the first line of a block scalar.</summary>
    public SourceLocation TextStart { get; init; } = Location;

    public override string KindName => Type switch
    {
        ScalarType.Integer => "integer",
        ScalarType.Float => "number",
        ScalarType.Boolean => "boolean",
        ScalarType.Null => "empty value",
        _ => "text",
    };
}

internal sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location)
{
    public override string KindName => "list";
}

internal sealed record YamlEntry(YamlScalar Key, YamlNode Value);

internal sealed record YamlMapping(SourceLocation Location, IReadOnlyList<YamlEntry> Entries) : YamlNode(Location)
{
    public override string KindName => "mapping";
}
