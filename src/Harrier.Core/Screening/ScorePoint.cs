namespace Harrier.Core.Screening;

/// <summary>One questionnaire score on the day it was taken (for example an Oswestry percentage or a STarT Back total).</summary>
public sealed record ScorePoint(DateOnly Day, double Score);
