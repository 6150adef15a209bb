namespace Harrier.Core.Pain;

/// <summary>What the pain feels like. Several can apply.</summary>
[Flags]
public enum PainQuality
{
    None = 0,
    Ache = 1,
    Sharp = 2,
    Shooting = 4,
    Burning = 8,
    Tingling = 16,
    Numbness = 32,
}
