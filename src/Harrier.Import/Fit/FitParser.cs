using System.Globalization;
using Harrier.Core.Activities;

namespace Harrier.Import.Fit;

/// <summary>Reads FIT files into one <see cref="Activity"/> per session, using a <see cref="FitDecoder"/>.</summary>
/// <remarks>
/// After decoding, times counted from the device's power-on are anchored or removed (<see cref="FitRelativeTime"/>) and the
/// file is split by session (<see cref="FitSessions"/>). Keeps one decoder so its buffers are reused; not thread-safe
/// (create one parser per thread).
/// </remarks>
public sealed class FitParser : IActivityParser
{
    private readonly FitDecoder _decoder = new();

    public ActivityParseResult Parse(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        if (!_decoder.Decode(data.Span, cancellationToken))
        {
            return new ActivityParseResult([], [.. _decoder.Issues], _decoder.Error);
        }

        var c = _decoder.Collector;
        var issues = new List<ParseIssue>(_decoder.Issues);
        FitRelativeTime.Apply(c, issues);
        if (c.Samples.IsEmpty && c.Sessions.Count == 0)
        {
            var type = c.FileType?.ToString(CultureInfo.InvariantCulture) ?? "unknown";
            issues.Add(new ParseIssue($"The file holds no activity samples (FIT file type {type})"));
        }
        else if (c.Sessions.Count == 0 && c.FileType is null or 4)
        {
            issues.Add(new ParseIssue("The activity has no session summary; the file may have been cut short"));
        }

        return ActivityFinisher.Finish(FitSessions.Split(c, _decoder.Truncated), issues, cancellationToken);
    }
}
