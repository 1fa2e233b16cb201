using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace BlogGen.Templating;

/// <summary>Ruby's strftime, as Liquid's <c>date</c> filter formats: <c>%Y-%m-%d</c>, <c>%-d</c>, <c>%b</c>, <c>%e</c>, <c>%z</c>...</summary>
public static class Strftime
{
    private static readonly ImmutableArray<string> Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly ImmutableArray<string> Days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    public static string Format(DateTimeOffset date, string format)
    {
        var builder = new StringBuilder(format.Length + 16);
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%' || i + 1 >= format.Length)
            {
                builder.Append(format[i]);
                continue;
            }
            var flag = format[i + 1] is '-' or '_' or '0' or '^' ? format[++i] : '\0';
            if (i + 1 >= format.Length)
            {
                builder.Append('%').Append(flag);
                break;
            }
            var spec = format[++i];
            var value = Convert(date, spec);
            if (value is null)
            {
                builder.Append('%');
                if (flag != '\0')
                {
                    builder.Append(flag);
                }
                builder.Append(spec);
                continue;
            }
            builder.Append(flag switch
            {
                '-' => value.Length > 1 && (value[0] == '0' || value[0] == ' ') ? value.TrimStart('0', ' ').PadLeft(1, '0') : value,
                '_' => value.Length > 1 && value[0] == '0' ? ' ' + value[1..] : value,
                '^' => value.ToUpperInvariant(),
                _ => value,
            });
        }
        return builder.ToString();
    }

    private static string? Convert(DateTimeOffset d, char spec)
    {
        var c = CultureInfo.InvariantCulture;
        return spec switch
        {
            'Y' => d.Year.ToString(c),
            'C' => (d.Year / 100).ToString("D2", c),
            'y' => (d.Year % 100).ToString("D2", c),
            'm' => d.Month.ToString("D2", c),
            'B' => Months[d.Month - 1],
            'b' or 'h' => Months[d.Month - 1][..3],
            'd' => d.Day.ToString("D2", c),
            'e' => d.Day.ToString(c).PadLeft(2),
            'j' => d.DayOfYear.ToString("D3", c),
            'H' => d.Hour.ToString("D2", c),
            'k' => d.Hour.ToString(c).PadLeft(2),
            'I' => Hour12(d).ToString("D2", c),
            'l' => Hour12(d).ToString(c).PadLeft(2),
            'M' => d.Minute.ToString("D2", c),
            'S' => d.Second.ToString("D2", c),
            'L' => d.Millisecond.ToString("D3", c),
            'p' => d.Hour < 12 ? "AM" : "PM",
            'P' => d.Hour < 12 ? "am" : "pm",
            'A' => Days[(int)d.DayOfWeek],
            'a' => Days[(int)d.DayOfWeek][..3],
            'u' => (d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek).ToString(c),
            'w' => ((int)d.DayOfWeek).ToString(c),
            'U' => ((d.DayOfYear + 6 - (int)d.DayOfWeek) / 7).ToString("D2", c),
            'W' => ((d.DayOfYear + 6 - ((int)d.DayOfWeek + 6) % 7) / 7).ToString("D2", c),
            'V' => ISOWeek.GetWeekOfYear(d.DateTime).ToString("D2", c),
            'G' => ISOWeek.GetYear(d.DateTime).ToString(c),
            'z' => Offset(d.Offset, colon: false),
            'Z' => d.Offset == TimeSpan.Zero ? "UTC" : Offset(d.Offset, colon: false),
            's' => d.ToUnixTimeSeconds().ToString(c),
            'F' => d.ToString("yyyy-MM-dd", c),
            'D' or 'x' => d.ToString("MM/dd/yy", c),
            'T' or 'X' => d.ToString("HH:mm:ss", c),
            'R' => d.ToString("HH:mm", c),
            'r' => d.ToString("hh:mm:ss ", c) + (d.Hour < 12 ? "AM" : "PM"),
            'c' => Format(d, "%a %b %e %H:%M:%S %Y"),
            'n' => "\n",
            't' => "\t",
            '%' => "%",
            _ => null,
        };
    }

    private static int Hour12(DateTimeOffset d) => d.Hour % 12 == 0 ? 12 : d.Hour % 12;

    public static string Offset(TimeSpan offset, bool colon)
    {
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var absolute = offset.Duration();
        return colon
            ? $"{sign}{absolute.Hours:D2}:{absolute.Minutes:D2}"
            : $"{sign}{absolute.Hours:D2}{absolute.Minutes:D2}";
    }
}
