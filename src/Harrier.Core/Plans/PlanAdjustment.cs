namespace Harrier.Core.Plans;

/// <summary>A change to make to a plan because of something outside it (pain, a warning sign), with the reason and the basis shown in the plan's history.</summary>
/// <param name="Action">Progress and hold leave the sessions as they are; repeat, reduce, deload and suspend change them.</param>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="Basis">What the decision rests on, with its source, as the history shows it.</param>
/// <param name="About">The day the decision is about (a run day, a screen day), kept in the change so the same observation changes the plan once.</param>
public sealed record PlanAdjustment(PlanAction Action, string Reason, string Basis, DateOnly? About = null);
