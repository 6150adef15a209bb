using Harrier.Data.Triage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Harrier.Data.Configurations;

internal sealed class TriageConfiguration : IEntityTypeConfiguration<SavedTriageAnswers>
{
    public void Configure(EntityTypeBuilder<SavedTriageAnswers> builder)
    {
        builder.ToTable("triage_answers");
        builder.Property(t => t.OwnerId).IsRequired().HasMaxLength(450);
        builder.HasOne<HarrierUser>().WithMany().HasForeignKey(t => t.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(t => t.AnswersJson).IsRequired().HasMaxLength(8000);
        builder.HasIndex(t => new { t.OwnerId, t.SavedUtc });
    }
}
