using System.Globalization;

namespace Harrier.Core.Units;

/// <summary>Reads and writes durations the way runners type them: "45", "32:10" or "1:05:30".</summary>
/// <remarks>
/// One number is minutes; two are minutes and seconds; three are hours, minutes and seconds.
/// Seconds and minutes after the first part must be below 60.
/// </remarks>
public static class DurationText
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length > 3)
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])
                || (i > 0 && (numbers[i] > 59 || parts[i].Length != 2)))
            {
                return false;
            }
        }

        duration = numbers.Length switch
        {
            1 => TimeSpan.FromMinutes(numbers[0]),
            2 => new TimeSpan(0, numbers[0], numbers[1]),
            _ => new TimeSpan(numbers[0], numbers[1], numbers[2]),
        };
        return true;
    }

    /// <summary>"32:10" under an hour, "1:05:30" from an hour.</summary>
    public static string Format(TimeSpan duration)
    {
        var seconds = (long)Math.Round(duration.TotalSeconds);
        var hours = seconds / 3600;
        var minutes = seconds / 60 % 60;
        var secs = seconds % 60;
        return hours > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{hours}:{minutes:00}:{secs:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes}:{secs:00}");
    }
}
