using Harrier.Core.Evidence;

namespace Harrier.Core.Triage;

/// <summary>A decision's basis on the wire: the model or rule, its citation and its evidence grade (also in words).</summary>
public sealed record BasisDocument(string Name, string Source, EvidenceGrade Grade, string GradeWords);
