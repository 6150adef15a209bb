namespace Harrier.Core.Load;

/// <summary>The heart-rate setting a problem belongs to.</summary>
public enum HeartRateField
{
    Maximum,
    Resting,
}
