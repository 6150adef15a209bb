using Harrier.Data.Remedies;
using Harrier.Data.Screening;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class ScreeningConfiguration :
    IEntityTypeConfiguration<ScreeningRecord>, IEntityTypeConfiguration<QuestionnaireScore>, IEntityTypeConfiguration<RemedyTrial>
{
    public void Configure(EntityTypeBuilder<ScreeningRecord> builder)
    {
        builder.ToTable("red_flag_screens");
        builder.Property(s => s.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Urgency).IsRequired().HasMaxLength(16);
        builder.Property(s => s.Triggered).HasMaxLength(2000);
        builder.Property(s => s.AnswersJson).HasMaxLength(8000);
        builder.HasOne<Pain.PainRecord>().WithMany().HasForeignKey(s => s.PainEntryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(s => new { s.OwnerId, s.TakenUtc });
    }

    public void Configure(EntityTypeBuilder<QuestionnaireScore> builder)
    {
        builder.ToTable("questionnaire_scores");
        builder.Property(s => s.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Instrument).IsRequired().HasMaxLength(16);
        builder.Property(s => s.Band).IsRequired().HasMaxLength(100);
        builder.HasIndex(s => new { s.OwnerId, s.Instrument, s.TakenUtc });
    }

    public void Configure(EntityTypeBuilder<RemedyTrial> builder)
    {
        builder.ToTable("remedy_trials");
        builder.Property(t => t.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.Remedy).IsRequired().HasMaxLength(200);
        builder.Property(t => t.ExerciseId).HasMaxLength(64);
        builder.Property(t => t.FirstArms).IsRequired().HasMaxLength(32);
        builder.HasIndex(t => t.OwnerId);
        builder.Ignore(t => t.Design);
    }
}
