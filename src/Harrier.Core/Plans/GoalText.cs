using System.Globalization;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>Reads goals and current ability the way runners type them: "5k", "half", "20min", "5k in 32:00", "none".</summary>
public static class GoalText
{
    /// <summary>"5k", "10 km", "3mi", "5000m", "half" (21.0975 km) or "marathon".</summary>
    public static bool TryParseDistance(string? text, out Distance distance)
    {
        distance = Distance.Zero;
        var t = text?.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(t))
        {
            return false;
        }

        (string Suffix, double Meters)[] units = [("km", 1000), ("k", 1000), ("mi", Distance.MetersPerMile), ("m", 1)];
        if (t is "half" or "halfmarathon" or "half-marathon" or "hm")
        {
            distance = Distance.FromMeters(21097.5);
            return true;
        }

        if (t is "marathon")
        {
            distance = Distance.FromMeters(42195);
            return true;
        }

        foreach (var (suffix, meters) in units)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal)
                && double.TryParse(t[..^suffix.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
                && amount > 0)
            {
                distance = Distance.FromMeters(amount * meters);
                return true;
            }
        }

        return false;
    }

    /// <summary>"none", "20min" / "20 min" (can run that long without stopping), or "5k in 32:00" (a recent run or race).</summary>
    public static bool TryParseAbility(string? text, out CurrentAbility ability)
    {
        ability = CurrentAbility.None;
        var t = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(t))
        {
            return false;
        }

        if (t == "none")
        {
            return true;
        }

        var parts = t.Split(" in ", 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2)
        {
            var ok = TryParseDistance(parts[0], out var distance) & DurationText.TryParse(parts[1], out var time);
            ability = ok && time > TimeSpan.Zero ? CurrentAbility.Recent(distance, time) : CurrentAbility.None;
            return ok && time > TimeSpan.Zero;
        }

        var minutes = t.EndsWith("minutes", StringComparison.Ordinal) ? t[..^7].Trim()
            : t.EndsWith("min", StringComparison.Ordinal) ? t[..^3].Trim() : null;
        if (minutes is not null && int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m > 0)
        {
            ability = CurrentAbility.CanRun(TimeSpan.FromMinutes(m));
            return true;
        }

        return false;
    }
}
