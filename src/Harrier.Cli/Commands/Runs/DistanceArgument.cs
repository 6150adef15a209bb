using System.Globalization;
using Harrier.Core.Units;

namespace Harrier.Cli.Commands.Runs;

/// <summary>Reads "5", "5km", "5 km", "3.1mi" or "3.1 miles".</summary>
internal static class DistanceArgument
{
    public static bool TryParse(string? text, out double amount, out DistanceUnit? unit)
    {
        amount = 0;
        unit = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim().ToLowerInvariant();
        var split = trimmed.Length;
        while (split > 0 && char.IsLetter(trimmed[split - 1]))
        {
            split--;
        }

        unit = trimmed[split..] switch
        {
            "" => null,
            "km" or "k" or "kilometers" or "kilometres" => DistanceUnit.Kilometers,
            "mi" or "mile" or "miles" => DistanceUnit.Miles,
            _ => (DistanceUnit)(-1),
        };
        return unit is null or DistanceUnit.Kilometers or DistanceUnit.Miles
            && double.TryParse(trimmed[..split].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out amount)
            && amount > 0 && double.IsFinite(amount);
    }
}
