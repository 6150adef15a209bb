namespace Harrier.Core.Load;

/// <summary>A run (or planned session) more than 10% longer than the longest one in the previous 30 days.</summary>
/// <param name="Item">The run or session.</param>
/// <param name="Amount">Its length (metres for logged runs, running seconds for planned sessions).</param>
/// <param name="PreviousLongest">The longest in the 30 days before it, in the same unit.</param>
public sealed record RunSpike<T>(T Item, double Amount, double PreviousLongest)
{
    /// <summary>The relative increase: 0.25 means 25% longer.</summary>
    public double Increase => Amount / PreviousLongest - 1;

    public SpikeSize Size => Increase switch
    {
        > 1.0 => SpikeSize.Large,
        > 0.3 => SpikeSize.Moderate,
        _ => SpikeSize.Small,
    };
}
