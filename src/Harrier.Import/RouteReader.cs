using Harrier.Core.GroupRuns;
using Harrier.Import.Sources;

namespace Harrier.Import;

/// <summary>
/// Reads a route for a group run from a GPX (a planned route or a recorded track; FIT and TCX courses work too), through the
/// same bounded decoder as activity files: the web form, the API and the CLI all call this.
/// </summary>
public static class RouteReader
{
    /// <summary>
    /// The route in <paramref name="stream"/>, named after the file's own name or <paramref name="fileName"/>; or an error in
    /// plain words when the file cannot be read or has fewer than two positions.
    /// </summary>
    public static (GroupRoute? Route, string? Error) Read(string fileName, Stream stream, ImportLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(limits);
        byte[] data;
        try
        {
            using var memory = new MemoryStream();
            new BoundedStream(stream, limits.MaxFileBytes, cancellationToken).CopyTo(memory);
            data = memory.ToArray();
        }
        catch (ImportLimitExceededException)
        {
            return (null, "The route could not be read: the file is too large.");
        }
        catch (IOException e)
        {
            return (null, "The route could not be read: " + e.Message);
        }

        // A GPX route (rte) is what route planners export; read it like a track. Other formats go through the usual reader.
        var result = ActivityReader.Detect(fileName, data) == Core.Activities.ActivityFormat.Gpx
            ? new Gpx.GpxParser(readRoutes: true).Parse(data, cancellationToken)
            : ActivityReader.Read(fileName, data, limits, cancellationToken);
        if (result.Error is { } error)
        {
            return (null, "The route could not be read: " + error.Message);
        }

        var name = Path.GetFileNameWithoutExtension(fileName.Trim());
        foreach (var read in result.Activities)
        {
            if (GroupRoute.From(read.Activity, read.Activity.Name is { Length: > 0 } own ? own : name) is { } route)
            {
                return (route, null);
            }
        }

        return (null, "The file has no route: it needs at least two points with a position.");
    }
}
