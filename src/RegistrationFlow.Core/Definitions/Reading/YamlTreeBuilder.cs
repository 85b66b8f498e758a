using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace RegistrationFlow.Core.Definitions.Reading;

/// <summary>
/// Turns YAML (and so JSON, which is YAML) into <see cref="YamlNode"/>s with positions, using YamlDotNet's low-level
/// parser. Reports syntax errors, duplicate keys and keys that are not plain text instead of throwing.
/// </summary>
internal static partial class YamlTreeBuilder
{
    public static YamlNode? Build(string text, ProblemSink problems)
    {
        var lines = text.Split('\n');
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var parser = new Parser(scanner);
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                problems.Add(new SourceLocation(1, 1), DefinitionProblemCodes.Syntax, "文件为空", "the file is empty");
                return null;
            }
            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, lines, anchors, problems);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                problems.Add(At(second.Start), DefinitionProblemCodes.Syntax,
                    "一个文件只能有一个文档（去掉第二个 ---）", "a file holds exactly one document (remove the second ---)");
            }
            return root;
        }
        catch (YamlException e)
        {
            var message = e.Message;
            // YamlDotNet prefixes its messages with the position; the problem carries the position already.
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && cut > 0) message = message[(cut + 3)..];
            // Some scanner errors carry an empty mark; the scanner's own position is then the best answer.
            var at = e.Start.Index > 0 ? At(e.Start) : At(scanner.CurrentPosition);
            problems.Add(at.Line == 0 ? new SourceLocation(1, 1) : at, DefinitionProblemCodes.Syntax,
                $"YAML/JSON 语法错误：{message}", $"YAML/JSON syntax error: {message}");
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            // YamlDotNet fails this way on some malformed input (e.g. a flow list left open at the end of the file).
            var at = At(scanner.CurrentPosition);
            problems.Add(at.Line == 0 ? new SourceLocation(1, 1) : at, DefinitionProblemCodes.Syntax,
                "YAML/JSON 语法错误：文本在这里无法继续解析（括号或引号没有闭合？）",
                "YAML/JSON syntax error: the text cannot be parsed on from here (an unclosed bracket or quote?)");
            return null;
        }
    }

    private static YamlNode ReadNode(IParser parser, string[] lines, Dictionary<string, YamlNode> anchors, ProblemSink problems)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var anchored)) return anchored;
            problems.Add(At(alias.Start), DefinitionProblemCodes.Syntax,
                $"未定义的锚点 *{alias.Value.Value}", $"alias *{alias.Value.Value} names no anchor");
            return new YamlScalar(At(alias.Start), "", ScalarType.Null, ScalarForm.Plain);
        }

        YamlNode node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            anchor = scalar.Anchor;
            node = ToScalar(scalar, lines);
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            anchor = sequenceStart.Anchor;
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, lines, anchors, problems));
            node = new YamlSequence(At(sequenceStart.Start), items);
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            anchor = mappingStart.Anchor;
            var entries = new List<YamlEntry>();
            var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyStart = parser.Current!.Start;
                var key = ReadNode(parser, lines, anchors, problems);
                var value = ReadNode(parser, lines, anchors, problems);
                if (key is not YamlScalar { Type: not ScalarType.Null } keyScalar)
                {
                    problems.Add(At(keyStart), DefinitionProblemCodes.WrongType,
                        "键必须是文字", $"a key must be text, not a {key.KindName}");
                    continue;
                }
                if (seen.TryGetValue(keyScalar.Value, out var first))
                {
                    problems.Add(keyScalar.Location, DefinitionProblemCodes.DuplicateKey,
                        $"键“{keyScalar.Value}”重复（第一次出现在第 {first.Line} 行第 {first.Column} 列）",
                        $"duplicate key '{keyScalar.Value}' (first at line {first.Line}, column {first.Column})");
                    continue;
                }
                seen.Add(keyScalar.Value, keyScalar.Location);
                entries.Add(new YamlEntry(keyScalar, value));
            }
            node = new YamlMapping(At(mappingStart.Start), entries);
        }

        if (!anchor.IsEmpty) anchors[anchor.Value] = node;
        return node;
    }

    private static YamlScalar ToScalar(Scalar scalar, string[] lines)
    {
        var at = At(scalar.Start);
        return scalar.Style switch
        {
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted =>
                new YamlScalar(at, scalar.Value, ScalarType.String, ScalarForm.Quoted) { TextStart = at with { Column = at.Column + 1 } },
            ScalarStyle.Literal or ScalarStyle.Folded =>
                new YamlScalar(at, scalar.Value, ScalarType.String, ScalarForm.Block) { TextStart = BlockTextStart(at, lines) },
            _ => new YamlScalar(at, scalar.Value, IsExplicitString(scalar) ? ScalarType.String : Resolve(scalar.Value), ScalarForm.Plain),
        };
    }

    private static bool IsExplicitString(Scalar scalar) =>
        !scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!!str";

    /// <summary>The YAML 1.2 core schema: how a plain scalar reads as null, boolean, integer, number or text.</summary>
    public static ScalarType Resolve(string plain) => plain switch
    {
        "" or "~" or "null" or "Null" or "NULL" => ScalarType.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarType.Boolean,
        _ when IntegerPattern().IsMatch(plain) => ScalarType.Integer,
        _ when FloatPattern().IsMatch(plain) => ScalarType.Float,
        _ => ScalarType.String,
    };

    private static SourceLocation BlockTextStart(SourceLocation indicator, string[] lines)
    {
        for (var index = indicator.Line; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            return new SourceLocation(index + 1, line.Length - line.TrimStart(' ').Length + 1);
        }
        return indicator;
    }

    private static SourceLocation At(Mark mark) => new((int)mark.Line, (int)mark.Column);

    [GeneratedRegex(@"^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();
}
