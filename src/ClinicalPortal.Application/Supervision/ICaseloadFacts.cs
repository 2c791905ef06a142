namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// The few stored facts the flag rules read, fetched for clients the caller already reaches (the ids come from
/// <see cref="Common.Access.ClientAccess.Reachable"/>; this port decides nothing about reach). Implemented in SQL by the
/// Infrastructure over a summary kept per client and instrument, so a caseload of a thousand clients is read without
/// touching their hundred thousand results.
/// </summary>
public interface ICaseloadFacts
{
    /// <summary>Per client and instrument with results: the reference points of <see cref="MeasureFact"/>.</summary>
    Task<IReadOnlyList<MeasureFact>> MeasuresAsync(IReadOnlyList<Guid> clientIds, DateTimeOffset windowStart, CancellationToken ct);

    /// <summary>
    /// Per client: the homework due in the <paramref name="days"/> days before the client's today (today itself not
    /// yet over), cancelled tasks left out, and how much of it was done. Clients with nothing due are absent.
    /// </summary>
    Task<IReadOnlyList<HomeworkFact>> HomeworkAsync(IReadOnlyList<Guid> clientIds, IReadOnlyList<DateOnly> todays, int days, CancellationToken ct);
}
