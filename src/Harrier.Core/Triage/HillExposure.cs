namespace Harrier.Core.Triage;

/// <summary>How much of the runner's running is on hills, as the runner judges it.</summary>
public enum HillExposure
{
    None = 0,
    Some = 1,
    Lots = 2,
}
