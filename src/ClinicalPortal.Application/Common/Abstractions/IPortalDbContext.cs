using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Audit;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Notifications;
using ClinicalPortal.Domain.Organizations;
using ClinicalPortal.Domain.Practice;
using ClinicalPortal.Domain.Reports;
using ClinicalPortal.Domain.Wellbeing;
using ClinicalPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ClinicalPortal.Application.Common.Abstractions;

/// <summary>The unit of work handlers use directly: no repositories over a DbContext that already is one.</summary>
public interface IPortalDbContext
{
    DbSet<Organization> Organizations { get; }
    DbSet<StaffMember> Staff { get; }
    DbSet<Client> Clients { get; }
    DbSet<AuditEvent> AuditEvents { get; }
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<Assessment> Assessments { get; }
    DbSet<MeasureSchedule> MeasureSchedules { get; }
    DbSet<Alert> Alerts { get; }
    DbSet<AlertEvent> AlertEvents { get; }
    DbSet<AlertDeadline> AlertDeadlines { get; }
    DbSet<Notification> Notifications { get; }
    DbSet<SafetyPlan> SafetyPlans { get; }

    DbSet<CaringContact> CaringContacts { get; }
    DbSet<Module> Modules { get; }
    DbSet<ModuleVersion> ModuleVersions { get; }
    DbSet<PracticePlan> PracticePlans { get; }
    DbSet<PracticePlanItem> PracticePlanItems { get; }
    DbSet<HomeworkTask> HomeworkTasks { get; }
    DbSet<ReportDisclosure> ReportDisclosures { get; }
    DbSet<WellbeingCheckIn> WellbeingCheckIns { get; }
    DbSet<WellbeingSharing> WellbeingSharings { get; }
    DbSet<WellbeingMonthAggregate> WellbeingMonthAggregates { get; }

    DatabaseFacade Database { get; }
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
