namespace Harrier.Import.Fit;

/// <summary>The decoded fields of the current data message, by slot. Reused for every message.</summary>
internal sealed class FitValues
{
    public readonly double[] Values = new double[64];

    public readonly int[] RawOffset = new int[64];

    public readonly int[] RawSize = new int[64];

    public ulong Present;

    public bool Has(int slot) => (Present & (1UL << slot)) != 0;

    public double Get(int slot) => (Present & (1UL << slot)) != 0 ? Values[slot] : double.NaN;

    public double? Nullable(int slot, double scale = 1, double offset = 0) =>
        (Present & (1UL << slot)) != 0 ? (Values[slot] / scale) - offset : null;

    public void Set(int slot, double value)
    {
        Values[slot] = value;
        Present |= 1UL << slot;
    }

    /// <summary>The raw bytes of a string or array field in <paramref name="message"/>.</summary>
    public ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> message, int slot) =>
        Has(slot) ? message.Slice(RawOffset[slot], RawSize[slot]) : default;
}
