namespace Harrier.Core.Runs;

/// <summary>Surfaces in plain words.</summary>
public static class SurfaceWords
{
    /// <summary>A surface as a label: "Road", "Trails", "Track", "Treadmill", "Grass".</summary>
    public static string Label(this Surface surface) => surface switch
    {
        Surface.Road => "Road",
        Surface.Trail => "Trails",
        Surface.Track => "Track",
        Surface.Treadmill => "Treadmill",
        Surface.Grass => "Grass",
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, null),
    };

    /// <summary>A surface as it reads after "on": "road", "a treadmill".</summary>
    public static string AfterOn(this Surface surface) => surface switch
    {
        Surface.Road => "road",
        Surface.Trail => "trails",
        Surface.Track => "a track",
        Surface.Treadmill => "a treadmill",
        Surface.Grass => "grass",
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, null),
    };
}
