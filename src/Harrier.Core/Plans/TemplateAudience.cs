namespace Harrier.Core.Plans;

/// <summary>Who a template was written for.</summary>
public enum TemplateAudience
{
    /// <summary>People who do not run yet.</summary>
    Novice = 0,

    /// <summary>People who already run regularly.</summary>
    Runner = 1,

    /// <summary>Military candidates; never suggested to a novice.</summary>
    Military = 2,
}
