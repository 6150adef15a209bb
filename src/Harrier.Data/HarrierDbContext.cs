using Harrier.Core.Runs;
using Harrier.Data.Coaching;
using Harrier.Data.GroupRuns;
using Harrier.Data.Intake;
using Harrier.Data.Pain;
using Harrier.Data.Plans;
using Harrier.Data.Remedies;
using Harrier.Data.Screening;
using Harrier.Data.Triage;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data;

/// <summary>The one database context for both providers; each provider keeps its own migrations assembly.</summary>
public sealed class HarrierDbContext(DbContextOptions<HarrierDbContext> options)
    : IdentityDbContext<HarrierUser>(options), IDataProtectionKeyContext
{
    public DbSet<Run> Runs => Set<Run>();

    public DbSet<Shoe> Shoes => Set<Shoe>();

    public DbSet<RunRecording> RunRecordings => Set<RunRecording>();

    /// <summary>Original files, read only to download them or to recompute metrics.</summary>
    public DbSet<RunOriginal> RunOriginals => Set<RunOriginal>();

    public DbSet<CrossTraining> CrossTraining => Set<CrossTraining>();

    public DbSet<StoredPlan> Plans => Set<StoredPlan>();

    public DbSet<SessionOutcome> SessionOutcomes => Set<SessionOutcome>();

    public DbSet<PainRecord> PainEntries => Set<PainRecord>();

    public DbSet<CheckInRecord> CheckIns => Set<CheckInRecord>();

    public DbSet<ScreeningRecord> Screenings => Set<ScreeningRecord>();

    public DbSet<SavedTriageAnswers> TriageAnswers => Set<SavedTriageAnswers>();

    public DbSet<QuestionnaireScore> QuestionnaireScores => Set<QuestionnaireScore>();

    public DbSet<RemedyTrial> RemedyTrials => Set<RemedyTrial>();

    public DbSet<CoachInvitation> CoachInvitations => Set<CoachInvitation>();

    public DbSet<CoachLink> CoachLinks => Set<CoachLink>();

    public DbSet<HealthView> HealthViews => Set<HealthView>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<IntakeRecord> Intakes => Set<IntakeRecord>();

    public DbSet<MeetingPlace> MeetingPlaces => Set<MeetingPlace>();

    public DbSet<StoredRoute> GroupRoutes => Set<StoredRoute>();

    public DbSet<GroupRun> GroupRuns => Set<GroupRun>();

    public DbSet<GroupRunInvitee> GroupRunInvitees => Set<GroupRunInvitee>();

    /// <summary>Uploads imported in the background, with their progress.</summary>
    public DbSet<Import.ImportJob> ImportJobs => Set<Import.ImportJob>();

    /// <summary>The files of background imports not yet finished.</summary>
    public DbSet<Import.ImportJobUpload> ImportJobUploads => Set<Import.ImportJobUpload>();

    /// <summary>Signed-in browsers and API clients; see <see cref="Accounts.AccountSessions"/>.</summary>
    public DbSet<Accounts.AccountSession> AccountSessions => Set<Accounts.AccountSession>();

    /// <summary>Cookie-encryption keys, shared by every web node that uses this database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every DateTime is stored in UTC; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(HarrierDbContext).Assembly);
    }
}
