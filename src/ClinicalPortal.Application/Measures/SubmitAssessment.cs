using System.Security.Cryptography;
using System.Text;
using ClinicalPortal.Application.Alerts;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Application.Common.Results;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Application.Crisis;
using ClinicalPortal.Domain.Alerts;
using ClinicalPortal.Domain.Clients;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>The client (for itself) or its clinician (in session) submits answers; they are scored, compared and stored.</summary>
public sealed record SubmitAssessment(Guid ClientId, string? Instrument, IReadOnlyList<int?>? Answers, string? IdempotencyKey)
    : ICommand<Result<SubmittedAssessment>>, IAudited, IAuthorized
{
    public static string AuditAction => "assessment.submit";
    public static string AuditResourceType => "Assessment";
    public static int SuccessStatus => 201;
    // The assessment and its audit row: one batch. A risk flag raises the alert under the client's lock, which opens a
    // transaction for everything (alert, deadline, notifications, e-mails, audit rows).
    public static bool WritesInOneBatch => true;
    public static IReadOnlyList<Role> AllowedRoles => Allowed.Respondents;
}

public sealed class SubmitAssessmentValidator : AbstractValidator<SubmitAssessment>
{
    public SubmitAssessmentValidator()
    {
        RuleFor(x => x.Instrument).NotEmpty().KnownInstrument();
        RuleFor(x => x.Answers).NotNull().WithMessage("'answers' must be a list of the answer values in item order.")
            .Must(a => a!.Count <= 100).WithMessage("'answers' has more values than any instrument has items.");
        RuleFor(x => x.IdempotencyKey).IdempotencyKeyHeader();
    }
}

public sealed class SubmitAssessmentHandler(
    IPortalDbContext db, ITransactionLocks locks, ClientAccess access, AlertWorkflow alerts, CrisisResourceLookup crisis, ICurrentUser user,
    AuditScope audit, TimeProvider clock)
    : ICommandHandler<SubmitAssessment, Result<SubmittedAssessment>>
{
    public async ValueTask<Result<SubmittedAssessment>> Handle(SubmitAssessment command, CancellationToken ct)
    {
        var clientId = new ClientId(command.ClientId);
        audit.Touch(clientId);
        InstrumentLibrary.TryGet(command.Instrument!, out var instrument);
        var (code, version) = (instrument!.Code, instrument.Version);
        // Reach, the client's state, and the results this one will be compared with (the first and the latest of
        // the same instrument version), in one round trip. The history filters on the id given (not on the joined
        // row), so PostgreSQL answers each with one LIMIT 1 probe of the (client, instrument, submitted_at, id)
        // index; a correlated filter makes EF rank every client's results instead (docs/performance.md).
        var history = db.Assessments.AsNoTracking()
            .Where(a => a.ClientId == clientId && a.InstrumentCode == code && a.InstrumentVersion == version);
        var client = await (
                from c in access.Reachable().AsNoTracking().Where(c => c.Id == clientId)
                from first in history.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Take(1).DefaultIfEmpty()
                from latest in history.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(1).DefaultIfEmpty()
                select new { c.Id, c.OrganizationId, c.Status, Baseline = first, Previous = latest })
            .FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return ClientAccess.NotFound;
        }

        var requestHash = Hash(code, command.Answers!);
        if (command.IdempotencyKey is { } key)
        {
            // Serialises requests with the same key (any instance); the lock ends with the transaction.
            await locks.LockUntilCommitAsync($"assessment-idempotency:{client.Id.Value}:{key}", ct);
            var earlier = await db.Assessments.AsNoTracking()
                .FirstOrDefaultAsync(a => a.ClientId == clientId && a.IdempotencyKey == key, ct);
            if (earlier is not null)
            {
                if (earlier.RequestHash != requestHash)
                {
                    return Error.Conflict("idempotency_key_reused", "This Idempotency-Key was already used with a different request.");
                }

                audit.Touch(earlier.Id.ToString(), clientId);
                audit.Describe(new { replayed = true });
                var again = earlier.HasRisk ? await crisis.ForClientAsync(clientId, CrisisLines.AnswersNotMonitored, ct) : null;
                return new SubmittedAssessment(await RespondAsync(earlier, instrument, again, ct), Replayed: true);
            }
        }

        if (client.Status != ClientStatus.Active)
        {
            return Error.Conflict(Client.Discharged, "The client has been discharged; no new answers can be recorded.");
        }

        var recorded = Assessment.Record(
            instrument, client.OrganizationId, clientId, command.Answers!, user.UserId!.Value, user.Role!.Value,
            clock.GetUtcNow(), command.IdempotencyKey, requestHash);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!.OnList("answers");
        }

        var assessment = recorded.Value;
        db.Assessments.Add(assessment);
        CrisisResourcesResponse? lines = null;
        if (assessment.HasRisk)
        {
            // Raised in the transaction that stores the answers: the alert exists if and only if they do.
            var trigger = new AlertTrigger(AlertSource.Assessment, assessment.RiskFlags.Max(f => f.Tier), assessment.Id.Value,
                assessment.RiskFlags.Select(f => f.Code).Distinct().ToList(), null);
            await alerts.TriggerAsync(clientId, trigger, Actor.Person(user.UserId!.Value), ct);
            lines = await crisis.ForClientAsync(clientId, CrisisLines.AnswersNotMonitored, ct);
        }

        audit.Touch(assessment.Id.ToString(), clientId);
        return new SubmittedAssessment(
            AssessmentResponse.From(assessment, instrument, client.Baseline, client.Previous, includeAnswers: true, lines, user.Role == Role.Client), Replayed: false);
    }

    /// <summary>A stored result replayed: compared with the results before it.</summary>
    private async Task<AssessmentResponse> RespondAsync(
        Assessment assessment, InstrumentDefinition instrument, CrisisResourcesResponse? lines, CancellationToken ct)
    {
        var (baseline, previous) = await AssessmentHistory.BaselineAndPreviousAsync(db, assessment, ct);
        return AssessmentResponse.From(assessment, instrument, baseline, previous, includeAnswers: true, lines, user.Role == Role.Client);
    }

    /// <summary>What makes two submissions "the same request": the instrument and the answers, not the JSON layout.</summary>
    private static string Hash(string instrument, IReadOnlyList<int?> answers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            instrument + "|" + string.Join(",", answers.Select(a => a?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")))));
}
