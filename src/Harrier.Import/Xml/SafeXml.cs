using System.Globalization;
using System.Xml;

namespace Harrier.Import.Xml;

/// <summary>Safe XML reader settings and culture-invariant value parsing shared by the GPX and TCX readers.</summary>
/// <remarks>
/// DTDs are prohibited (no entity expansion, so no "billion laughs"), no resolver is set (no external entities or
/// schema fetches), and the document size is capped. Numbers always use the invariant culture ("1.5", never "1,5").
/// </remarks>
internal static class SafeXml
{
    /// <summary>Largest document in characters (64 Mi characters, about a 64 MB file).</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    public static XmlReaderSettings Settings(XmlNameTable names) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = MaxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        NameTable = names,
        CloseInput = false,
    };

    /// <summary>A culture-invariant number; NaN when unreadable or not finite.</summary>
    /// <remarks>
    /// Plain decimals of up to 15 digits ("-12.345") take Clinger's exact fast path: the digits form an integer below 2^53
    /// and one division by an exactly representable power of ten is correctly rounded (W. D. Clinger, "How to read floating
    /// point numbers accurately", PLDI 1990). Everything else (exponents, long mantissas) goes to double.TryParse.
    /// </remarks>
    public static double Number(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (TryFastDecimal(text, out var fast))
        {
            return fast;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : double.NaN;
    }

    private static ReadOnlySpan<double> PowersOfTen => [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    private static bool TryFastDecimal(ReadOnlySpan<char> s, out double value)
    {
        value = 0;
        var negative = s.Length > 0 && s[0] == '-';
        long mantissa = 0;
        int digits = 0, fraction = -1;
        for (var i = negative ? 1 : 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '.' && fraction < 0)
            {
                fraction = 0;
            }
            else if (c is >= '0' and <= '9' && digits < 15)
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                fraction += fraction >= 0 ? 1 : 0;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = mantissa / PowersOfTen[Math.Max(fraction, 0)];
        value = negative ? -value : value;
        return true;
    }

    /// <summary>An ISO 8601 time as UTC (a time without an offset is taken as UTC); MinValue when unreadable.</summary>
    /// <remarks>The common "2024-05-01T06:00:00Z" and "…:00.123Z" forms take a fast path; anything else goes to DateTime.TryParse.</remarks>
    public static DateTime Time(ReadOnlySpan<char> text)
    {
        if (TryFastUtc(text.Trim(), out var fast))
        {
            return fast;
        }

        return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : DateTime.MinValue;
    }

    private static bool TryFastUtc(ReadOnlySpan<char> s, out DateTime time)
    {
        time = default;
        if (s.Length < 20 || s[^1] != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        int year = Digits(s[..4]), month = Digits(s.Slice(5, 2)), day = Digits(s.Slice(8, 2));
        int hour = Digits(s.Slice(11, 2)), minute = Digits(s.Slice(14, 2)), second = Digits(s.Slice(17, 2));
        long fractionTicks = 0;
        if (s.Length > 20)
        {
            var fraction = s[19..^1];
            if (fraction.Length < 2 || fraction.Length > 8 || fraction[0] != '.' || Digits(fraction[1..]) < 0)
            {
                return false;
            }

            fractionTicks = Digits(fraction[1..]) * (long)Math.Pow(10, 8 - fraction.Length);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59)
        {
            return false;
        }

        time = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fractionTicks);
        return true;
    }

    /// <summary>The value of a run of ASCII digits, or -1.</summary>
    private static int Digits(ReadOnlySpan<char> s)
    {
        var value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    public static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
