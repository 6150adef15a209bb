namespace Harrier.Core.Activities;

/// <summary>A developer (third-party) field found in a FIT file, with simple statistics over its numeric values.</summary>
public sealed record DeveloperFieldSummary(string Name, string? Units, int MessageNumber, int Count, double Min, double Max, double Mean);
