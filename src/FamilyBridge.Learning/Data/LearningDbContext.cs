using FamilyBridge.Learning.Models;
using Microsoft.EntityFrameworkCore;

namespace FamilyBridge.Learning.Data;

/// <summary>
/// Reader progress, answers, notes and checklist ticks: plain tables keyed by user id and content item ids, no
/// navigation to other modules. <see cref="SqliteLearningDbContext"/> and <see cref="PostgresLearningDbContext"/>
/// only carry one migration set each.
/// </summary>
public abstract class LearningDbContext : DbContext
{
    public const string MigrationsHistoryTable = "__EFMigrationsHistory_Learning";

    protected LearningDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<KnowledgeCheckResult> KnowledgeCheckResults => Set<KnowledgeCheckResult>();

    public DbSet<ReflectionNote> ReflectionNotes => Set<ReflectionNote>();

    public DbSet<ChecklistTick> ChecklistTicks => Set<ChecklistTick>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<LessonProgress>(e =>
        {
            e.ToTable("LessonProgress");
            e.HasKey(x => new { x.UserId, x.LessonContentItemId });
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.LessonContentItemId).HasMaxLength(64);
            e.Property(x => x.ModuleContentItemId).HasMaxLength(64);
            e.HasIndex(x => new { x.UserId, x.LastActivityUtc });
        });
        modelBuilder.Entity<KnowledgeCheckResult>(e =>
        {
            e.ToTable("KnowledgeCheckResults");
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450).IsRequired();
            e.Property(x => x.LessonContentItemId).HasMaxLength(64).IsRequired();
            e.Property(x => x.AnswersJson).IsRequired();
            e.HasIndex(x => new { x.UserId, x.LessonContentItemId, x.SubmittedUtc });
        });
        modelBuilder.Entity<ReflectionNote>(e =>
        {
            e.ToTable("ReflectionNotes");
            e.HasKey(x => new { x.UserId, x.LessonContentItemId });
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.LessonContentItemId).HasMaxLength(64);
            e.Property(x => x.Text).HasMaxLength(ReflectionNoteMaxLength).IsRequired();
        });
        modelBuilder.Entity<ChecklistTick>(e =>
        {
            e.ToTable("ChecklistTicks");
            e.HasKey(x => new { x.UserId, x.ChecklistItemId });
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.ChecklistItemId).HasMaxLength(64);
            e.Property(x => x.LessonContentItemId).HasMaxLength(64).IsRequired();
            e.HasIndex(x => new { x.UserId, x.LessonContentItemId });
        });
    }

    public const int ReflectionNoteMaxLength = 10_000;
}
