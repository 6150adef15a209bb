namespace Harrier.Core.Remedies;

/// <summary>Which half of a pair a period belongs to: with the remedy, or without it (the control).</summary>
public enum ExperimentArm
{
    Remedy,
    Control,
}
