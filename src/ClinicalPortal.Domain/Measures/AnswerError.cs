namespace ClinicalPortal.Domain.Measures;

/// <summary>Why an answer set was refused. <see cref="ItemNumber"/> is null for errors about the whole set.</summary>
public sealed record AnswerError(int? ItemNumber, string Code, string Message)
{
    public const string WrongAnswerCount = "wrong_answer_count";
    public const string ValueNotAnOption = "value_not_an_option";
    public const string MissingAnswer = "missing_answer";
    public const string AnswerNotExpected = "answer_not_expected";
    public const string TooFewAnswers = "too_few_answers";
}
