using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Application.Crisis;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Application;

public static class DependencyInjection
{
    /// <summary>Application services other than the mediator itself (generated in the host project).</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // Errors name fields as the JSON does (camelCase), in the key and in the message.
        static string? CamelCase(System.Reflection.MemberInfo? member) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => CamelCase(member);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => CamelCase(member);

        // A field's later rules assume its earlier ones passed (parse after format check).
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;

        services.AddValidatorsFromAssemblyContaining<AuditScope>(ServiceLifetime.Singleton);
        services.AddScoped<AuditScope>();
        services.AddScoped<CallerScope>();
        services.AddScoped<AuditEntries>();
        services.AddScoped<ClientAccess>();
        services.AddScoped<Supervision.CaseloadSnapshots>();
        services.AddScoped<Practice.RecordHomework>();
        services.AddScoped<ModuleAccess>();
        services.AddScoped<StaffLocks>();
        services.AddScoped<Staff.StaffPhones>();
        services.AddScoped<Invitations>();
        services.AddScoped<AlertAccess>();
        services.AddScoped<AlertRecipients>();
        services.AddScoped<AlertNotifier>();
        services.AddScoped<AlertWorkflow>();
        services.AddScoped<AlertReader>();
        services.AddScoped<CrisisResourceLookup>();
        services.AddScoped<Reports.ProgressReports>();
        services.AddScoped<IOutboxHandler, AlertEmailHandler>();
        services.AddScoped<IOutboxHandler, Practice.HomeworkDigestHandler>();
        return services;
    }
}
