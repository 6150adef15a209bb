using Harrier.Core.Remedies;

namespace Harrier.Web.Features.Remedies;

/// <summary>What the runner's plan means for an experiment: the length that fits before its goal day, and its load during it (null without a plan).</summary>
public sealed record RemedyPlanNotes(ExperimentLength Length, ExperimentLoad? Load);
