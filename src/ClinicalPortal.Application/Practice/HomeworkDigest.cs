namespace ClinicalPortal.Application.Practice;

/// <summary>The payload of a daily homework reminder: ids and the day only (no module, no count, nothing of the client's).</summary>
public sealed record HomeworkDigest(Guid ClientId, DateOnly Date)
{
    public const string MessageType = "homework.digest";

    public static string DedupKey(Guid clientId, DateOnly date) => $"homework-digest:{clientId}:{date:yyyy-MM-dd}";
}
