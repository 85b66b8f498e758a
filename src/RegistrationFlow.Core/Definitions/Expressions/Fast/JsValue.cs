using System.Text.Json;

namespace RegistrationFlow.Core.Definitions.Expressions.Fast;

internal enum JsKind : byte
{
    Undefined,
    Null,
    Boolean,
    Number,
    String,
    Object,
    Array,
    // Abrupt results: they stop evaluation and travel up unchanged.
    /// <summary>JavaScript would throw a TypeError; <see cref="JsValue.Text"/> carries its message.</summary>
    TypeError,
    /// <summary>The fast path cannot say what JavaScript would do here; the whole guard is evaluated by Jint instead.</summary>
    Unsupported,
    /// <summary>An optional chain (<c>a?.b</c>) met null or undefined; the enclosing chain turns it into undefined.</summary>
    ShortCircuit,
}

/// <summary>
/// A JavaScript value as read from the application's JSON: primitives, or an object/array still inside the
/// <see cref="JsonElement"/> it came from (never copied). Booleans are kept in <see cref="Number"/> as 1 or 0.
/// </summary>
internal readonly struct JsValue
{
    public static readonly JsValue Undefined = new(JsKind.Undefined, 0, null, default);
    public static readonly JsValue Null = new(JsKind.Null, 0, null, default);
    public static readonly JsValue True = new(JsKind.Boolean, 1, null, default);
    public static readonly JsValue False = new(JsKind.Boolean, 0, null, default);
    public static readonly JsValue Unsupported = new(JsKind.Unsupported, 0, null, default);
    public static readonly JsValue ShortCircuit = new(JsKind.ShortCircuit, 0, null, default);

    private JsValue(JsKind kind, double number, string? text, JsonElement element)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Element = element;
    }

    public JsKind Kind { get; }
    public double Number { get; }
    public string? Text { get; }
    public JsonElement Element { get; }

    public bool IsAbrupt => Kind >= JsKind.TypeError;
    public bool IsNullish => Kind is JsKind.Undefined or JsKind.Null;
    public bool IsObject => Kind is JsKind.Object or JsKind.Array;
    public bool Boolean => Number != 0;

    public static JsValue Of(double number) => new(JsKind.Number, number, null, default);
    public static JsValue Of(string text) => new(JsKind.String, 0, text, default);
    public static JsValue Of(bool value) => value ? True : False;
    public static JsValue TypeError(string message) => new(JsKind.TypeError, 0, message, default);

    /// <summary>What <c>JSON.parse</c> would have produced for this element.</summary>
    public static JsValue From(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object: return new JsValue(JsKind.Object, 0, null, element);
            case JsonValueKind.Array: return new JsValue(JsKind.Array, 0, null, element);
            case JsonValueKind.Number: return element.TryGetDouble(out var number) ? Of(number) : Unsupported;
            case JsonValueKind.True: return True;
            case JsonValueKind.False: return False;
            case JsonValueKind.Null: return Null;
            case JsonValueKind.String:
                try
                {
                    return Of(element.GetString()!);
                }
                catch (InvalidOperationException)
                {
                    return Unsupported; // an escaped lone surrogate: JavaScript keeps it, .NET cannot transcode it
                }
            default:
                // default(JsonElement): the engine treats a missing application as an empty object.
                return new JsValue(JsKind.Object, 0, null, element);
        }
    }
}
