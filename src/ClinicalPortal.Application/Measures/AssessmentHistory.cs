using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Domain.Measures;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.Measures;

/// <summary>The results a result is compared with: the client's first and latest earlier result of the same instrument version.</summary>
public static class AssessmentHistory
{
    public static async Task<(Assessment? Baseline, Assessment? Previous)> BaselineAndPreviousAsync(
        IPortalDbContext db, Assessment assessment, CancellationToken ct)
    {
        var earlier = db.Assessments.AsNoTracking().Where(a =>
            a.ClientId == assessment.ClientId && a.InstrumentCode == assessment.InstrumentCode && a.Id != assessment.Id &&
            a.InstrumentVersion == assessment.InstrumentVersion && a.SubmittedAt <= assessment.SubmittedAt);
        // First and latest in one round trip: UNION ALL of two LIMIT 1 probes of the (client, instrument,
        // submitted_at, id) index. The index holds the whole sort key, so even the generic plan of the prepared
        // statement (LIMIT as a parameter) reads two index entries instead of sorting the client's history
        // (measured with pg_stat_statements, docs/performance.md).
        var ends = await earlier.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id).Take(1)
            .Concat(earlier.OrderByDescending(a => a.SubmittedAt).ThenByDescending(a => a.Id).Take(1))
            .ToListAsync(ct);
        var ordered = ends.OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id.Value).ToList();
        return (ordered.FirstOrDefault(), ordered.LastOrDefault());
    }
}
