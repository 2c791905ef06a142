using System.Text.Json.Serialization;
using ClinicalPortal.Api.Auth;
using ClinicalPortal.Api.Endpoints;
using ClinicalPortal.Api.Hosting;
using ClinicalPortal.Api.Security;
using ClinicalPortal.Infrastructure.Identity;
using ClinicalPortal.Application;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Actors;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Me;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Infrastructure;
using ClinicalPortal.Infrastructure.Messaging;
#if DEVTOOLS
using ClinicalPortal.DevTools.Hosting;
using ClinicalPortal.DevTools.LocalPostgres;
#endif
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Validation.AspNetCore;
using Scalar.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

var builder = WebApplication.CreateBuilder(args);
using var bootLoggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
var bootLogger = bootLoggerFactory.CreateLogger("ClinicalPortal.Startup");

// First of the hosted services: migrations and OAuth clients before anything else starts.
builder.Services.AddHostedService<DatabaseStartup>();

#if DEVTOOLS
PrivatePostgresCluster? localCluster = null;
if (builder.Environment.IsDevelopment())
{
    try
    {
        localCluster = await builder.AddDevelopmentToolsAsync(bootLogger);
    }
    catch (PostgresNotFoundException ex)
    {
        await Console.Error.WriteLineAsync(ex.Message);
        return 1;
    }
}
#endif

var connectionString = builder.Configuration.GetConnectionString("Portal");
if (string.IsNullOrWhiteSpace(connectionString))
{
    await Console.Error.WriteLineAsync(
        "ConnectionStrings:Portal is not set. Outside Development the portal needs a configured PostgreSQL database.");
    return 1;
}

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<HttpCurrentUser>();
// Background work names its system actor for the scope (CallerScope); otherwise the caller is the request's principal.
builder.Services.AddScoped<ICurrentUser>(sp =>
    sp.GetRequiredService<CallerScope>().Resolve() ?? (ICurrentUser)sp.GetRequiredService<HttpCurrentUser>());
builder.Services.AddScoped<IRequestContext>(sp =>
    sp.GetRequiredService<CallerScope>().Resolve() ?? (IRequestContext)sp.GetRequiredService<HttpCurrentUser>());

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, connectionString);
builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.Namespace = "ClinicalPortal.Api.Mediator";
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.Assemblies = [typeof(GetMe)];
    // Outermost first: audit + unit of work wraps the role check and validation, so refusals and rejected input are audited too.
    options.PipelineBehaviors = [typeof(AuditBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
});
builder.Services.AddHostedService<TokenPruner>();
builder.AddPortalOpenIddict();
builder.AddKeyRingProtection();

builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        options.DefaultChallengeScheme = OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
    })
    .AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/login";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = builder.Environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
    // Automatic logoff (45 CFR 164.312(a)(2)(iii)).
    options.ExpireTimeSpan = TimeSpan.FromMinutes(20);
    options.SlidingExpiration = true;
    options.Events.OnValidatePrincipal = CookieStanding.ValidateAsync; // the security stamp, then the account's standing
});

builder.Services.AddAuthorizationBuilder()
    // Deny by default: anything not marked otherwise needs a valid access token.
    .SetFallbackPolicy(ApiPolicy().Build())
    // A person of an organisation; which roles may make which request is the request's own rule (AuthorizationBehavior).
    .AddPolicy(Policies.PortalUser, ApiPolicy()
        .RequireClaim(Claims.Role, Enum.GetNames<Role>())
        .RequireClaim(PortalClaims.OrganizationId)
        .Build());
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();

builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // every binding failure reaches BadRequestProblems
builder.Services.AddExceptionHandler<BadRequestProblems>();
builder.Services.AddExceptionHandler<PhiSafeExceptionLogger>();
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
    context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier);
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    options.SerializerOptions.MaxDepth = 32; // deeper is a 400, long before it costs anything
});
builder.Services.AddRazorPages(options =>
{
    // The alert pages predate /app (the alert e-mail links to /alerts/{id}); they answer under /app too.
    options.Conventions.AddPageRoute("/Alerts/Index", "app/alerts");
    options.Conventions.AddPageRoute("/Alerts/Detail", "app/alerts/{id:guid}");
});
builder.Services.AddOpenApi(options => options.AddDocumentTransformer<OpenApiSecurity>());
builder.Services.AddHealthChecks().AddNpgSql(connectionString, name: "postgres", tags: ["ready"]);

builder.AddTrustedProxies();

var app = builder.Build();
#if DEVTOOLS
if (localCluster is not null)
{
    app.Lifetime.ApplicationStopped.Register(() => localCluster.DisposeAsync().AsTask().GetAwaiter().GetResult());
}
#endif

if (args is ["audit", "verify", ..])
{
    var exitCode = await AuditCommand.VerifyAllAsync(app.Services);
#if DEVTOOLS
    if (localCluster is not null)
    {
        await localCluster.DisposeAsync();
    }
#endif

    return exitCode;
}

if (string.IsNullOrWhiteSpace(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpOptions>>().Value.Host))
{
    bootLogger.LogWarning("Smtp:Host is not set: invitations and alert e-mails wait in the outbox until it is (the in-app inbox still works).");
}

if (!app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmsOptions>>().Value.IsConfigured)
{
    bootLogger.LogWarning("Sms:BaseUrl is not set: the texts of Imminent alerts wait in the outbox until it is (e-mail and the inbox still work).");
}

app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseStaticFiles();
app.UseAuthentication();
app.UseAuthorization();
app.UsePurposeOfUseCheck();

app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference(options => options.WithTitle("ClinicalPortal API")).AllowAnonymous();
app.MapGet("/", () => Results.Redirect("/account")).AllowAnonymous().ExcludeFromDescription();
app.MapRazorPages();
app.MapConnect();
#if DEVTOOLS
app.MapDevMail();
app.MapDevSms();
#endif

app.MapGroup("/api/v1")
    .RequireAuthorization(Policies.PortalUser)
    .MapMe()
    .MapStaff()
    .MapClients()
    .MapAudit()
    .MapMeasures()
    .MapModules()
    .MapAlerts()
    .MapPractice()
    .MapReports()
    .MapSupervision()
    .MapWellbeing()
    .MapOrganization();

await app.RunAsync();
return 0;

static AuthorizationPolicyBuilder ApiPolicy() =>
    new AuthorizationPolicyBuilder(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme).RequireAuthenticatedUser();

/// <summary>Entry point for tests (WebApplicationFactory).</summary>
public partial class Program;
