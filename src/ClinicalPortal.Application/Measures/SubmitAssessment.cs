using System.Security.Cryptography;
using System.Text;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Access;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Messaging;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>The client (for itself) or its clinician (in session) submits answers; they are scored, compared and stored.</summary>
public sealed record SubmitAssessment(Guid ClientId, string? Instrument, IReadOnlyList<int?>? Answers, string? IdempotencyKey)
    : ICommand<Result<SubmittedAssessment>>, IAudited
{
    public static string AuditAction => "assessment.submit";
    public static string AuditResourceType => "Assessment";
    public static int SuccessStatus => 201;
}

/// <summary>The stored result, and whether this request replayed an earlier one with the same idempotency key.</summary>
public sealed record SubmittedAssessment(AssessmentResponse Assessment, bool Replayed);

public sealed class SubmitAssessmentValidator : AbstractValidator<SubmitAssessment>
{
    public SubmitAssessmentValidator()
    {
        RuleFor(x => x.Instrument)
            .NotEmpty()
            .Must(code => InstrumentLibrary.TryGet(code!, out _))
            .WithMessage(x => $"'instrument' '{x.Instrument}' is not a known instrument.");
        RuleFor(x => x.Answers).NotNull().WithMessage("'answers' must be a list of the answer values in item order.");
        RuleFor(x => x.IdempotencyKey).MaximumLength(200).WithName("Idempotency-Key");
    }
}

public sealed class SubmitAssessmentHandler(
    IPortalDbContext db, ITransactionLocks locks, ClientAccess access, ICurrentUser user, AuditScope audit, TimeProvider clock)
    : ICommandHandler<SubmitAssessment, Result<SubmittedAssessment>>
{
    public async ValueTask<Result<SubmittedAssessment>> Handle(SubmitAssessment command, CancellationToken ct)
    {
        var clientId = new ClientId(command.ClientId);
        audit.Touch(clientId);
        var client = await access.Reachable().AsNoTracking()
            .Where(c => c.Id == clientId)
            .Select(c => new { c.Id, c.OrganizationId })
            .FirstOrDefaultAsync(ct);
        if (client is null)
        {
            return Error.NotFound("Client");
        }

        // Reach alone is not enough. Checked before the idempotency lookup, so a replay never shows a stored
        // result (with its item answers) to someone who may not submit.
        if (Assessment.CheckSubmitter(user.Role!.Value) is { } refused)
        {
            return refused;
        }

        InstrumentLibrary.TryGet(command.Instrument!, out var instrument);
        var requestHash = Hash(instrument!.Code, command.Answers!);
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
                return new SubmittedAssessment(await RespondAsync(earlier, instrument, ct), Replayed: true);
            }
        }

        var recorded = Assessment.Record(
            instrument, client.OrganizationId, clientId, command.Answers!, user.UserId!.Value, user.Role!.Value,
            clock.GetUtcNow(), command.IdempotencyKey, requestHash);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!;
        }

        var assessment = recorded.Value;
        db.Assessments.Add(assessment);
        if (assessment.HasRisk)
        {
            db.OutboxMessages.Add(OutboxMessage.RiskIdentified(client.OrganizationId, new RiskIdentified(
                clientId.Value, assessment.Id.Value, assessment.InstrumentCode,
                assessment.RiskFlags.Max(f => f.Tier).ToString(), assessment.RiskFlags.Select(f => f.Code).ToList(),
                assessment.SubmittedAt), assessment.SubmittedAt));
        }

        audit.Touch(assessment.Id.ToString(), clientId);
        return new SubmittedAssessment(await RespondAsync(assessment, instrument, ct), Replayed: false);
    }

    /// <summary>Change is measured against the first and the latest result before this one.</summary>
    private async Task<AssessmentResponse> RespondAsync(Assessment assessment, InstrumentDefinition instrument, CancellationToken ct)
    {
        var earlier = db.Assessments.AsNoTracking().Where(a =>
            a.ClientId == assessment.ClientId && a.InstrumentCode == assessment.InstrumentCode && a.Id != assessment.Id &&
            a.SubmittedAt <= assessment.SubmittedAt);
        // First and latest in one round trip: UNION ALL of two LIMIT 1 probes of the (client, instrument,
        // submitted_at, id) index. The index holds the whole sort key, so even the generic plan of the prepared
        // statement (LIMIT as a parameter) reads two index entries instead of sorting the client's history
        // (measured with pg_stat_statements, docs/performance.md).
        var ends = await earlier.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Take(1)
            .Concat(earlier.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(1))
            .ToListAsync(ct);
        var ordered = ends.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id.Value).ToList();
        return AssessmentResponse.From(assessment, instrument, ordered.FirstOrDefault(), ordered.LastOrDefault(), includeAnswers: true);
    }

    /// <summary>What makes two submissions "the same request": the instrument and the answers, not the JSON layout.</summary>
    private static string Hash(string instrument, IReadOnlyList<int?> answers) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            instrument + "|" + string.Join(",", answers.Select(a => a?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")))));
}
