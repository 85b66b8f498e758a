using System.Text.Json;

namespace RegistrationFlow.Core.Definitions.Expressions.Fast;

/// <summary>
/// ECMA-262 semantics of the operators the fast path compiles, on JSON values. Wherever JavaScript would convert an
/// object or array to a primitive (calling its toString/valueOf), or compare two objects by identity, the answer is
/// <see cref="JsValue.Unsupported"/> and Jint decides instead.
/// </summary>
internal static class JsOperators
{
    /// <summary>Names every JSON object inherits from Object.prototype: reading one gives a function or an object.</summary>
    private static readonly HashSet<string> ObjectPrototypeNames =
    [
        "constructor", "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable",
        "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__",
    ];

    public static bool ToBoolean(in JsValue v) => v.Kind switch
    {
        JsKind.Boolean => v.Boolean,
        JsKind.Number => !(v.Number == 0 || double.IsNaN(v.Number)),
        JsKind.String => v.Text!.Length > 0,
        JsKind.Object or JsKind.Array => true,
        _ => false,
    };

    /// <summary>ToNumber of a primitive; false for objects and for strings the fast path does not parse.</summary>
    public static bool TryToNumber(in JsValue v, out double number)
    {
        switch (v.Kind)
        {
            case JsKind.Number: number = v.Number; return true;
            case JsKind.Boolean: number = v.Number; return true;
            case JsKind.Null: number = 0; return true;
            case JsKind.Undefined: number = double.NaN; return true;
            case JsKind.String: return JsNumber.TryParse(v.Text!, out number);
            default: number = double.NaN; return false;
        }
    }

    /// <summary>ToString of a primitive (callers rule out objects first).</summary>
    public static string ToText(in JsValue v) => v.Kind switch
    {
        JsKind.String => v.Text!,
        JsKind.Number => JsNumber.ToString(v.Number),
        JsKind.Boolean => v.Boolean ? "true" : "false",
        JsKind.Null => "null",
        _ => "undefined",
    };

    /// <summary>GetValue of <c>obj[key]</c> for a JSON value.</summary>
    public static JsValue Member(in JsValue obj, string key, byte[]? utf8Key = null)
    {
        switch (obj.Kind)
        {
            case JsKind.Undefined:
                return JsValue.TypeError($"Cannot read properties of undefined (reading '{key}')");
            case JsKind.Null:
                return JsValue.TypeError($"Cannot read properties of null (reading '{key}')");
            case JsKind.Object:
                if (ObjectPrototypeNames.Contains(key)) return JsValue.Unsupported;
                if (obj.Element.ValueKind != JsonValueKind.Object) return JsValue.Undefined; // the empty application
                var found = utf8Key is null ? obj.Element.TryGetProperty(key, out var property) : obj.Element.TryGetProperty(utf8Key, out property);
                return found ? JsValue.From(property) : JsValue.Undefined;
            case JsKind.Array:
                var length = obj.Element.GetArrayLength();
                if (key == "length") return JsValue.Of(length);
                if (TryArrayIndex(key, out var index)) return index < length ? JsValue.From(obj.Element[(int)index]) : JsValue.Undefined;
                return JsValue.Unsupported; // methods of Array.prototype
            case JsKind.String:
                var text = obj.Text!;
                if (key == "length") return JsValue.Of(text.Length);
                if (TryArrayIndex(key, out var at)) return at < text.Length ? JsValue.Of(text[(int)at].ToString()) : JsValue.Undefined;
                return JsValue.Unsupported; // methods of String.prototype
            default:
                return JsValue.Unsupported; // numbers and booleans: only prototype methods to read
        }
    }

    /// <summary>A canonical array index: "0" or digits without a leading zero, below 2^32 - 1.</summary>
    private static bool TryArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0')) return false;
        ulong value = 0;
        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (uint)(c - '0');
        }
        if (value >= uint.MaxValue) return false;
        index = (uint)value;
        return true;
    }

    /// <summary>ToPropertyKey of a computed member's key; null when the key is an object.</summary>
    public static string? PropertyKey(in JsValue key) => key.IsObject ? null : ToText(key);

    public static JsValue Add(in JsValue l, in JsValue r)
    {
        if (l.IsObject || r.IsObject) return JsValue.Unsupported;
        if (l.Kind == JsKind.String || r.Kind == JsKind.String) return JsValue.Of(ToText(l) + ToText(r));
        return TryToNumber(l, out var a) && TryToNumber(r, out var b) ? JsValue.Of(a + b) : JsValue.Unsupported;
    }

    public static JsValue Arithmetic(Acornima.Operator op, in JsValue l, in JsValue r)
    {
        if (!TryToNumber(l, out var a) || !TryToNumber(r, out var b)) return JsValue.Unsupported;
        return op switch
        {
            Acornima.Operator.Subtraction => JsValue.Of(a - b),
            Acornima.Operator.Multiplication => JsValue.Of(a * b),
            Acornima.Operator.Division => JsValue.Of(a / b),
            Acornima.Operator.Remainder => JsValue.Of(a % b), // truncating, sign of the dividend: as in JavaScript
            _ => JsValue.Unsupported,
        };
    }

    /// <summary>&lt; &lt;= &gt; &gt;= : strings compare by UTF-16 code units, anything else as numbers (NaN: false).</summary>
    public static JsValue Relational(Acornima.Operator op, in JsValue l, in JsValue r)
    {
        if (l.IsObject || r.IsObject) return JsValue.Unsupported;
        if (l.Kind == JsKind.String && r.Kind == JsKind.String)
        {
            var c = string.CompareOrdinal(l.Text, r.Text);
            return JsValue.Of(op switch
            {
                Acornima.Operator.LessThan => c < 0,
                Acornima.Operator.LessThanOrEqual => c <= 0,
                Acornima.Operator.GreaterThan => c > 0,
                _ => c >= 0,
            });
        }
        if (!TryToNumber(l, out var a) || !TryToNumber(r, out var b)) return JsValue.Unsupported;
        return JsValue.Of(op switch
        {
            Acornima.Operator.LessThan => a < b,
            Acornima.Operator.LessThanOrEqual => a <= b,
            Acornima.Operator.GreaterThan => a > b,
            _ => a >= b,
        });
    }

    /// <summary>IsStrictlyEqual; two objects would compare by identity, which JSON values do not tell.</summary>
    public static JsValue StrictEquals(in JsValue l, in JsValue r)
    {
        if (l.IsObject && r.IsObject) return JsValue.Unsupported;
        return JsValue.Of(SameTypeEquals(l, r) ?? false);
    }

    /// <summary>IsLooselyEqual (==).</summary>
    public static JsValue LooseEquals(in JsValue l, in JsValue r)
    {
        if (l.IsObject && r.IsObject) return JsValue.Unsupported;
        if (SameTypeEquals(l, r) is { } same) return JsValue.Of(same);
        if (l.IsNullish || r.IsNullish) return JsValue.Of(l.IsNullish && r.IsNullish);
        if (l.IsObject || r.IsObject) return JsValue.Unsupported; // ToPrimitive of the object
        // Remaining: two different primitive types among boolean, number, string: both become numbers.
        return TryToNumber(l, out var a) && TryToNumber(r, out var b) ? JsValue.Of(a == b) : JsValue.Unsupported;
    }

    /// <summary>Equality of two values of the same type (null when the types differ); NaN is unequal to itself, +0 equals -0.</summary>
    private static bool? SameTypeEquals(in JsValue l, in JsValue r)
    {
        var lk = l.IsObject ? JsKind.Object : l.Kind;
        var rk = r.IsObject ? JsKind.Object : r.Kind;
        if (lk != rk) return null;
        return lk switch
        {
            JsKind.Undefined or JsKind.Null => true,
            JsKind.Boolean or JsKind.Number => l.Number == r.Number,
            JsKind.String => string.Equals(l.Text, r.Text, StringComparison.Ordinal),
            _ => null,
        };
    }
}
