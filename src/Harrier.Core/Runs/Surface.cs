namespace Harrier.Core.Runs;

/// <summary>What the run was on. A change of surface is one of the troubleshooter's candidate contributors.</summary>
public enum Surface
{
    Road = 0,
    Trail = 1,
    Track = 2,
    Treadmill = 3,
    Grass = 4,
}
