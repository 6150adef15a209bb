namespace Harrier.Core.Activities;

/// <summary>A period the device's timer was stopped (FIT timer stop/start events).</summary>
/// <param name="StopUtc">When the timer stopped.</param>
/// <param name="StartUtc">When it started again; null when it never did.</param>
public readonly record struct TimerPause(DateTime StopUtc, DateTime? StartUtc);
