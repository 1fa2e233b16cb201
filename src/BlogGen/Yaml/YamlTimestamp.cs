namespace BlogGen.Yaml;

/// <summary>
/// The YAML timestamp forms (<c>2025-02-13</c>, <c>2025-02-12T23:55:52.000Z</c>, <c>2001-12-14 21:59:43.10 -5</c>)
/// plus Jekyll's <c>2025-02-13 08:55:52 +0900</c>. Without an offset the time is wall-clock time in the site's zone.
/// </summary>
internal static class YamlTimestamp
{
    private const int MaxOffsetHours = 14;

    // Two days inside DateTime's range, so that applying any offset stays representable.
    private static readonly DateTime EarliestWallClock = DateTime.MinValue.AddDays(2);
    private static readonly DateTime LatestWallClock = DateTime.MaxValue.AddDays(-2);

    /// <param name="secondsOptional">Also accept <c>2025-02-13 08:55</c>, as Jekyll does for dates written as text.</param>
    public static bool TryParse(ReadOnlySpan<char> text, TimeZoneInfo timeZone, bool secondsOptional, out DateTimeOffset value)
    {
        value = default;
        var cursor = new Cursor(text);
        if (!cursor.Digits(4, 4, out var year) || !cursor.Skip('-')
            || !cursor.Digits(1, 2, out var month, out var monthWidth) || !cursor.Skip('-')
            || !cursor.Digits(1, 2, out var day, out var dayWidth)
            || !IsDate(year, month, day)
            || !IsRepresentable(new DateTime(year, month, day)))
        {
            return false;
        }

        if (cursor.AtEnd)
        {
            // The date-only form is strictly YYYY-MM-DD.
            if (monthWidth != 2 || dayWidth != 2)
            {
                return false;
            }
            value = ZonedTime.FromWallClock(new DateTime(year, month, day), timeZone);
            return true;
        }

        if (!cursor.Skip('T') && !cursor.Skip('t') && cursor.SkipBlanks() == 0)
        {
            return false;
        }
        if (!cursor.Digits(1, 2, out var hour) || !cursor.Skip(':') || !cursor.Digits(2, 2, out var minute))
        {
            return false;
        }
        var second = 0;
        long fractionTicks = 0;
        if (cursor.Skip(':'))
        {
            if (!cursor.Digits(2, 2, out second))
            {
                return false;
            }
            if (cursor.Skip('.'))
            {
                fractionTicks = cursor.FractionTicks();
            }
        }
        else if (!secondsOptional)
        {
            return false;
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var wallClock = new DateTime(year, month, day, hour, minute, second).AddTicks(fractionTicks);
        cursor.SkipBlanks();
        if (cursor.AtEnd)
        {
            value = ZonedTime.FromWallClock(wallClock, timeZone);
            return true;
        }
        if (!TryReadOffset(ref cursor, out var offset) || !cursor.AtEnd)
        {
            return false;
        }
        value = new DateTimeOffset(wallClock, offset);
        return true;
    }

    /// <summary>True when applying any time zone offset to <paramref name="wallClock"/> stays within DateTime's range.</summary>
    public static bool IsRepresentable(DateTime wallClock) =>
        wallClock >= EarliestWallClock && wallClock <= LatestWallClock;

    private static bool IsDate(int year, int month, int day) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool TryReadOffset(ref Cursor cursor, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (cursor.Skip('Z') || cursor.Skip('z'))
        {
            return true;
        }
        int sign;
        if (cursor.Skip('+'))
        {
            sign = 1;
        }
        else if (cursor.Skip('-'))
        {
            sign = -1;
        }
        else
        {
            return false;
        }

        // "+9", "+09", "+09:00", and Jekyll's "+0900" (and "+900").
        var digitCount = cursor.CountDigits();
        int hours;
        var minutes = 0;
        if (digitCount is 3 or 4)
        {
            if (!cursor.Digits(digitCount - 2, digitCount - 2, out hours) || !cursor.Digits(2, 2, out minutes))
            {
                return false;
            }
        }
        else if (!cursor.Digits(1, 2, out hours) || (cursor.Skip(':') && !cursor.Digits(2, 2, out minutes)))
        {
            return false;
        }
        if (hours > MaxOffsetHours || minutes > 59)
        {
            return false;
        }
        offset = sign * new TimeSpan(hours, minutes, 0);
        return offset.Duration() <= TimeSpan.FromHours(MaxOffsetHours);
    }

    private ref struct Cursor(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _position;

        public readonly bool AtEnd => _position == _text.Length;

        public bool Skip(char expected)
        {
            if (_position < _text.Length && _text[_position] == expected)
            {
                _position++;
                return true;
            }
            return false;
        }

        public int SkipBlanks()
        {
            var start = _position;
            while (_position < _text.Length && _text[_position] is ' ' or '\t')
            {
                _position++;
            }
            return _position - start;
        }

        public readonly int CountDigits()
        {
            var count = 0;
            while (_position + count < _text.Length && char.IsAsciiDigit(_text[_position + count]))
            {
                count++;
            }
            return count;
        }

        public bool Digits(int min, int max, out int value) => Digits(min, max, out value, out _);

        public bool Digits(int min, int max, out int value, out int width)
        {
            value = 0;
            width = 0;
            while (width < max && _position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                value = (value * 10) + (_text[_position] - '0');
                _position++;
                width++;
            }
            return width >= min;
        }

        /// <summary>Reads the digits after a decimal point as ticks; digits past the 7th (100 ns) are dropped.</summary>
        public long FractionTicks()
        {
            long ticks = 0;
            var scale = TimeSpan.TicksPerSecond;
            while (_position < _text.Length && char.IsAsciiDigit(_text[_position]))
            {
                scale /= 10;
                ticks += (_text[_position] - '0') * scale;
                _position++;
            }
            return ticks;
        }
    }
}
