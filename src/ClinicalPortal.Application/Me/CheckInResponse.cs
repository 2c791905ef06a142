using ClinicalPortal.Domain.Alerts;

namespace ClinicalPortal.Application.Me;

/// <summary>
/// A check-in as the client sees it: the care team's message and its one question. Nothing about the crisis it
/// follows; the answer, once given, is shown back.
/// </summary>
public sealed record CheckInResponse(Guid Id, DateTimeOffset DueAt, string Message, string Question, string? Answer, DateTimeOffset? AnsweredAt)
{
    /// <summary>A caring contact asks nothing of the person (Motto and Bostrom 2001): a message, and an answer if they want to give one.</summary>
    public const string CaringMessage =
        "We are thinking of you after your recent contact with us, and wanted to ask how you are. You do not have to answer, but we would like to know.";

    public const string OneQuestion = "How are you doing today?";

    public static CheckInResponse From(CaringContact c) =>
        new(c.Id.Value, c.DueAt, CaringMessage, OneQuestion, c.Answer?.ToString(), c.AnsweredAt);
}
