using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Infrastructure.Alerts;
using ClinicalPortal.Infrastructure.Audit;
using ClinicalPortal.Infrastructure.Hosting;
using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Infrastructure.Markdown;
using ClinicalPortal.Infrastructure.Messaging;
using ClinicalPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicalPortal.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddDbContextPool<PortalDbContext>(options => ConfigureDb(options, connectionString));
        services.AddScoped<IPortalDbContext>(sp => sp.GetRequiredService<PortalDbContext>());

        var auth = OidcApplications.Read(configuration);
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection("Auth"))
            .Validate(o => o.AccessCheckInterval >= TimeSpan.Zero && o.AccessCheckInterval <= AuthOptions.MaxAccessCheckInterval,
                "Auth:AccessCheckInterval must be between 00:00:00 and 00:00:30: revoked access must end within 30 seconds.")
            .ValidateOnStart();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = auth.AccessCheckInterval);
        services.Configure<PortalOptions>(configuration.GetSection("Portal"));
        services.Configure<SmtpOptions>(configuration.GetSection("Smtp"));
        services.AddOptions<SmsOptions>().Bind(configuration.GetSection("Sms")).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SmsOptions>, SmsOptionsValidator>();
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.Configure<EscalationOptions>(configuration.GetSection("Escalation"));
        services.Configure<Practice.ReminderOptions>(configuration.GetSection("Reminders"));
        services.Configure<AuditOptions>(configuration.GetSection("Audit"));

        services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // The user name is the e-mail address, so it takes every character an address may hold (o'brien@, josé@).
                options.User.AllowedUserNameCharacters = string.Empty;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = auth.MaxFailedLogins;
                options.Lockout.DefaultLockoutTimeSpan = auth.LockoutDuration;
                options.ClaimsIdentity.UserIdClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Subject;
                options.ClaimsIdentity.UserNameClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Name;
                options.ClaimsIdentity.RoleClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Role;
                options.ClaimsIdentity.EmailClaimType = OpenIddict.Abstractions.OpenIddictConstants.Claims.Email;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(72));

        // One key ring in the database: cookies and invitation links work on every instance.
        services.AddDataProtection().SetApplicationName("ClinicalPortal").PersistKeysToDbContext<PortalDbContext>();

        services.AddSingleton<IHealthTextProtector, Security.DataProtectionHealthText>();
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<ITransactionLocks, PostgresTransactionLocks>();
        services.AddScoped<Application.Supervision.ICaseloadFacts, Supervision.CaseloadFacts>();
        services.AddScoped<IAuditChain, AuditChainService>();
        services.AddSingleton<IAuditTrail, AuditTrail>();
        services.AddScoped<IEmailTransport, SmtpEmailTransport>();
        services.AddScoped<IOutboxHandler, EmailHandler>();
        services.AddHttpClient(HttpSmsTransport.ClientName).ConfigureHttpClient((sp, http) =>
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmsOptions>>().Value.TimeoutSeconds));
        services.AddScoped<ISmsTransport, HttpSmsTransport>();
        services.AddHostedService<AuditSealer>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<IPortalLinks, PortalLinks>();
        services.AddSingleton<IMarkdownRenderer, MarkdownRenderer>();
        services.AddSingleton<Application.Reports.IProgressReportRenderer, Reports.ProgressReportPdf>();
        services.AddSingleton<SystemRequests>();
        services.AddScoped<IOutboxHandler, StoredRiskHandler>();
        services.AddScoped<IOutboxHandler, CaringContactHandler>();
        services.AddScoped<IOutboxHandler, AlertTextHandler>();
        services.AddSingleton<EscalationWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<EscalationWorker>());
        services.AddSingleton<Practice.HomeworkReminderWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<Practice.HomeworkReminderWorker>());
        return services;
    }

    /// <summary>
    /// Pooling defaults for the hot paths, unless the connection string already says otherwise (measured in
    /// docs/performance.md): Npgsql prepares statements it sees repeatedly, and skips the session reset when a
    /// connection returns to the pool. The reset is not needed: the application sets no session state (no SET,
    /// temporary tables, LISTEN or session-level advisory locks; its advisory locks end with their transaction).
    /// </summary>
    public static string WithPoolingDefaults(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public static void ConfigureDb(DbContextOptionsBuilder options, string connectionString) =>
        options
            .UseNpgsql(WithPoolingDefaults(connectionString), npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .UseOpenIddict();
}
