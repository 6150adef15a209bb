namespace Harrier.Core.Activities;

/// <summary>The file format an activity was read from.</summary>
public enum ActivityFormat
{
    Unknown = 0,
    Fit = 1,
    Gpx = 2,
    Tcx = 3,
}
