namespace Harrier.Core.Load;

/// <summary>The runner's sex, asked only (and optionally) to choose the constants of Banister's heart-rate load.</summary>
public enum Sex
{
    Female = 1,
    Male = 2,
}
