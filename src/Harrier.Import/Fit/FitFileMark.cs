namespace Harrier.Import.Fit;

/// <summary>The counts of the collector's lists when a chained FIT file began: that file's items start at these indices.</summary>
internal readonly record struct FitFileMark(int Samples, int Laps, int Sessions, int Pauses, int RrMarks);
