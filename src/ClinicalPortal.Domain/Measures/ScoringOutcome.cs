using System.Diagnostics.CodeAnalysis;

namespace ClinicalPortal.Domain.Measures;

/// <summary>Either a <see cref="ScoreResult"/> or the list of <see cref="AnswerError"/>s that prevented scoring.</summary>
public sealed class ScoringOutcome
{
    private ScoringOutcome(ScoreResult? result, IReadOnlyList<AnswerError> errors)
    {
        Result = result;
        Errors = errors;
    }

    public ScoreResult? Result { get; }

    /// <summary>Empty on success.</summary>
    public IReadOnlyList<AnswerError> Errors { get; }

    [MemberNotNullWhen(true, nameof(Result))]
    public bool IsSuccess => Result is not null;

    public static ScoringOutcome Success(ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScoringOutcome(result, []);
    }

    public static ScoringOutcome Failure(IReadOnlyList<AnswerError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed outcome needs at least one error.", nameof(errors));
        }

        return new ScoringOutcome(null, errors);
    }

    public T Match<T>(Func<ScoreResult, T> onSuccess, Func<IReadOnlyList<AnswerError>, T> onFailure)
    {
        ArgumentNullException.ThrowIfNull(onSuccess);
        ArgumentNullException.ThrowIfNull(onFailure);
        return Result is not null ? onSuccess(Result) : onFailure(Errors);
    }
}
