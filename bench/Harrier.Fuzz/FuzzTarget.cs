namespace Harrier.Fuzz;

/// <summary>The readers the fuzzer drives, each through the same entry point the app uses.</summary>
public enum FuzzTarget
{
    /// <summary>FIT files through <c>ActivityReader.Read</c>.</summary>
    Fit,

    /// <summary>GPX files (plain and gzip-compressed) through <c>ActivityReader.Read</c>, and GPX routes through <c>RouteReader</c>.</summary>
    Gpx,

    /// <summary>TCX files (plain and gzip-compressed) through <c>ActivityReader.Read</c>.</summary>
    Tcx,

    /// <summary>Zip archives (exports with summaries, nested archives, gzip entries) through <c>ImportSource</c>, each entry read.</summary>
    Archive,
}
