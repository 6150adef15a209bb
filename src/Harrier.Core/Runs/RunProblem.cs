namespace Harrier.Core.Runs;

/// <summary>Something wrong with an entered run, with the field it concerns and a message for the runner.</summary>
public sealed record RunProblem(RunField Field, string Message);
