using Harrier.Core.Runs;

namespace Harrier.Data.Log;

/// <summary>One page of a filtered list of runs, newest first.</summary>
/// <param name="Runs">The page's runs, with their shoes.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Runs per page.</param>
/// <param name="Total">Runs matching the filter on all pages.</param>
public sealed record RunPage(IReadOnlyList<Run> Runs, int Page, int PageSize, int Total)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public bool HasNext => Page < Pages;

    public bool HasPrevious => Page > 1;
}
