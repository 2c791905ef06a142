namespace ClinicalPortal.Application.Supervision;

/// <summary>
/// The few stored facts the flag rules read, fetched for clients the caller already reaches (the ids come from
/// <see cref="Common.Access.ClientAccess.Reachable"/>; this port decides nothing about reach). Implemented in SQL by the
/// Infrastructure, because one window query over the results of a thousand clients beats loading them.
/// </summary>
public interface ICaseloadFacts
{
    /// <summary>
    /// Per client and instrument: the first result, the latest two, and the latest at or before
    /// <paramref name="windowStart"/>; a result that is several of these comes once.
    /// </summary>
    Task<IReadOnlyList<MeasureFact>> MeasuresAsync(IReadOnlyList<Guid> clientIds, DateTimeOffset windowStart, CancellationToken ct);

    /// <summary>
    /// Per client: the homework due in the <paramref name="days"/> days before the client's today (today itself not
    /// yet over), cancelled tasks left out, and how much of it was done. Clients with nothing due are absent.
    /// </summary>
    Task<IReadOnlyList<HomeworkFact>> HomeworkAsync(IReadOnlyList<Guid> clientIds, IReadOnlyList<DateOnly> todays, int days, CancellationToken ct);
}
