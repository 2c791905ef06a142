using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Notifications;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Reports;
using ClinicalPortal.Domain.Wellbeing;
using ClinicalPortal.Domain.Staff;
using ClinicalPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ClinicalPortal.Infrastructure.Persistence;

/// <summary>
/// One database, one context: the clinical model, ASP.NET Core Identity, OpenIddict's stores and the
/// Data Protection key ring (shared by every app instance).
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IPortalDbContext, IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<MeasureSchedule> MeasureSchedules => Set<MeasureSchedule>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertEvent> AlertEvents => Set<AlertEvent>();
    public DbSet<AlertDeadline> AlertDeadlines => Set<AlertDeadline>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<SafetyPlan> SafetyPlans => Set<SafetyPlan>();

    public DbSet<CaringContact> CaringContacts => Set<CaringContact>();
    public DbSet<Module> Modules => Set<Module>();
    public DbSet<ModuleVersion> ModuleVersions => Set<ModuleVersion>();
    public DbSet<PracticePlan> PracticePlans => Set<PracticePlan>();
    public DbSet<PracticePlanItem> PracticePlanItems => Set<PracticePlanItem>();
    public DbSet<HomeworkTask> HomeworkTasks => Set<HomeworkTask>();
    public DbSet<ReportDisclosure> ReportDisclosures => Set<ReportDisclosure>();
    public DbSet<WellbeingCheckIn> WellbeingCheckIns => Set<WellbeingCheckIn>();
    public DbSet<WellbeingSharing> WellbeingSharings => Set<WellbeingSharing>();
    public DbSet<WellbeingMonthAggregate> WellbeingMonthAggregates => Set<WellbeingMonthAggregate>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        builder.Entity<PortalUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<PortalUser>(b =>
        {
            b.Property(u => u.Role).HasConversion<string>().HasMaxLength(32);
            b.Property(u => u.DisplayName).HasMaxLength(200);
            b.HasIndex(u => u.OrganizationId);
        });
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<OrganizationId>().HaveConversion<OrganizationIdConverter>();
        configurationBuilder.Properties<UserId>().HaveConversion<UserIdConverter>();
        configurationBuilder.Properties<ClientId>().HaveConversion<ClientIdConverter>();
        configurationBuilder.Properties<AssessmentId>().HaveConversion<AssessmentIdConverter>();
        configurationBuilder.Properties<MeasureScheduleId>().HaveConversion<MeasureScheduleIdConverter>();
        configurationBuilder.Properties<AlertId>().HaveConversion<AlertIdConverter>();
        configurationBuilder.Properties<AlertEventId>().HaveConversion<AlertEventIdConverter>();
        configurationBuilder.Properties<AlertDeadlineId>().HaveConversion<AlertDeadlineIdConverter>();
        configurationBuilder.Properties<NotificationId>().HaveConversion<NotificationIdConverter>();
        configurationBuilder.Properties<SafetyPlanId>().HaveConversion<SafetyPlanIdConverter>();
        configurationBuilder.Properties<CaringContactId>().HaveConversion<CaringContactIdConverter>();
        configurationBuilder.Properties<ModuleId>().HaveConversion<ModuleIdConverter>();
        configurationBuilder.Properties<ModuleVersionId>().HaveConversion<ModuleVersionIdConverter>();
        configurationBuilder.Properties<PracticePlanId>().HaveConversion<PracticePlanIdConverter>();
        configurationBuilder.Properties<PracticePlanItemId>().HaveConversion<PracticePlanItemIdConverter>();
        configurationBuilder.Properties<HomeworkTaskId>().HaveConversion<HomeworkTaskIdConverter>();
        configurationBuilder.Properties<ReportDisclosureId>().HaveConversion<ReportDisclosureIdConverter>();
        configurationBuilder.Properties<WellbeingCheckInId>().HaveConversion<WellbeingCheckInIdConverter>();
    }

    private sealed class ModuleIdConverter() : ValueConverter<ModuleId, Guid>(v => v.Value, v => new ModuleId(v));
    private sealed class ModuleVersionIdConverter() : ValueConverter<ModuleVersionId, Guid>(v => v.Value, v => new ModuleVersionId(v));
    private sealed class PracticePlanIdConverter() : ValueConverter<PracticePlanId, Guid>(v => v.Value, v => new PracticePlanId(v));
    private sealed class PracticePlanItemIdConverter() : ValueConverter<PracticePlanItemId, Guid>(v => v.Value, v => new PracticePlanItemId(v));
    private sealed class HomeworkTaskIdConverter() : ValueConverter<HomeworkTaskId, Guid>(v => v.Value, v => new HomeworkTaskId(v));
    private sealed class OrganizationIdConverter() : ValueConverter<OrganizationId, Guid>(v => v.Value, v => new OrganizationId(v));
    private sealed class UserIdConverter() : ValueConverter<UserId, Guid>(v => v.Value, v => new UserId(v));
    private sealed class ClientIdConverter() : ValueConverter<ClientId, Guid>(v => v.Value, v => new ClientId(v));
    private sealed class AssessmentIdConverter() : ValueConverter<AssessmentId, Guid>(v => v.Value, v => new AssessmentId(v));
    private sealed class MeasureScheduleIdConverter() : ValueConverter<MeasureScheduleId, Guid>(v => v.Value, v => new MeasureScheduleId(v));
    private sealed class AlertIdConverter() : ValueConverter<AlertId, Guid>(v => v.Value, v => new AlertId(v));
    private sealed class AlertEventIdConverter() : ValueConverter<AlertEventId, Guid>(v => v.Value, v => new AlertEventId(v));
    private sealed class AlertDeadlineIdConverter() : ValueConverter<AlertDeadlineId, Guid>(v => v.Value, v => new AlertDeadlineId(v));
    private sealed class NotificationIdConverter() : ValueConverter<NotificationId, Guid>(v => v.Value, v => new NotificationId(v));
    private sealed class ReportDisclosureIdConverter() : ValueConverter<ReportDisclosureId, Guid>(v => v.Value, v => new ReportDisclosureId(v));

    private sealed class WellbeingCheckInIdConverter() : ValueConverter<WellbeingCheckInId, Guid>(v => v.Value, v => new WellbeingCheckInId(v));
    private sealed class SafetyPlanIdConverter() : ValueConverter<SafetyPlanId, Guid>(v => v.Value, v => new SafetyPlanId(v));
    private sealed class CaringContactIdConverter() : ValueConverter<CaringContactId, Guid>(v => v.Value, v => new CaringContactId(v));
}
