using System.Globalization;
using System.Text.RegularExpressions;

namespace BlogGen.Templating.Filters;

/// <summary>
/// Numbers as Liquid's math filters see them (Liquid 4's <c>Utils.to_number</c>): whole numbers stay whole (<see cref="long"/>),
/// anything with a fraction is computed exactly (Ruby's BigDecimal, here <see cref="decimal"/>) and given back as a float
/// (<see cref="double"/>), so <c>0.0725 | times: 100</c> is 7.25, not 7.249999999999999.
/// </summary>
internal static partial class LiquidNumbers
{
    /// <summary>Liquid's <c>to_number</c>: a whole number or an exact decimal; text that is no number is what Ruby's <c>to_i</c> reads from it.</summary>
    public static object From(object? value) => value switch
    {
        long or int or short or byte or sbyte or uint => (object)Convert.ToInt64(value, CultureInfo.InvariantCulture),
        double d => double.IsFinite(d) ? ToDecimal(d) : throw new ArgumentException($"{RubyText(d)} is not a number a filter can compute with"),
        float f => ToDecimal(f),
        decimal m => m,
        ulong u => (decimal)u,
        string s when Decimal().IsMatch(s.Trim()) => decimal.Parse(s.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
        string s => LeadingInteger(s),
        _ => 0L,
    };

    /// <summary>Ruby's <c>Integer(text)</c>, as Liquid reads an offset or a length: a whole number, or an error.</summary>
    public static long ToInteger(object? value, string filter) => value switch
    {
        long or int or short or byte => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        _ when long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new ArgumentException($"{filter}: '{value}' is not a whole number"),
    };

    /// <summary>What a result is shown as: a whole number stays whole; an exact decimal becomes a float, as Liquid's <c>to_f</c>.</summary>
    public static object Result(object number) => number is decimal m ? (double)m : number;

    /// <summary>Applies <paramref name="whole"/> when both are whole numbers, else <paramref name="exact"/>, Liquid's <c>apply_operation</c>.</summary>
    public static object Apply(object? input, object? operand, Func<long, long, long> whole, Func<decimal, decimal, decimal> exact)
    {
        var (left, right) = (From(input), From(operand));
        return left is long a && right is long b ? whole(a, b) : Result(exact(Convert.ToDecimal(left, CultureInfo.InvariantCulture), Convert.ToDecimal(right, CultureInfo.InvariantCulture)));
    }

    /// <summary>Ruby's division: whole numbers round towards negative infinity.</summary>
    public static long Divide(long a, long b) => b == 0 ? throw new DivideByZeroException("divided by 0") : (long)Math.Floor((decimal)a / b);

    /// <summary>Ruby's modulo: the result takes the divisor's sign.</summary>
    public static long Modulo(long a, long b) => b == 0 ? throw new DivideByZeroException("divided by 0") : ((a % b) + b) % b;

    public static decimal Modulo(decimal a, decimal b) => b == 0 ? throw new DivideByZeroException("divided by 0") : a - (b * Math.Floor(a / b));

    public static int Compare(object a, object b) => Convert.ToDecimal(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture));

    /// <summary>A float as Ruby writes it: always with a fraction (<c>2.0</c>), in exponent form when very large or small.</summary>
    public static string RubyText(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        var magnitude = Math.Abs(value);
        if (magnitude != 0 && (magnitude >= 1e16 || magnitude < 1e-4))
        {
            var exponent = value.ToString("E16", CultureInfo.InvariantCulture);
            var mantissa = double.Parse(exponent[..exponent.IndexOf('E', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            var power = int.Parse(exponent[(exponent.IndexOf('E', StringComparison.Ordinal) + 1)..], CultureInfo.InvariantCulture);
            return WithFraction(mantissa.ToString("R", CultureInfo.InvariantCulture)) + (power < 0 ? "e-" : "e+") + Math.Abs(power).ToString("00", CultureInfo.InvariantCulture);
        }
        return WithFraction(value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static string WithFraction(string text) => text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";

    private static decimal ToDecimal(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Ruby's <c>String#to_i</c>: the whole number the text starts with (after spaces), else 0.</summary>
    private static long LeadingInteger(string text) =>
        LeadingDigits().Match(text) is { Success: true } match && long.TryParse(match.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : 0;

    [GeneratedRegex(@"\A-?\d+\.\d+\z", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    [GeneratedRegex(@"\A\s*[-+]?\d+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDigits();
}
