namespace Harrier.Data.Ownership;

/// <summary>How many records of each kind an import stored.</summary>
public sealed record AccountImportCounts(
    int Shoes, int Runs, int Recordings, int CrossTraining, int Plans, int SessionOutcomes, int PainEntries, int CheckIns, int RedFlagScreens,
    int Questionnaires, int TriageAnswers, int Intakes, int RemedyExperiments);
