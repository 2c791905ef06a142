namespace ClinicalPortal.Domain.Common;

/// <summary>Lets generic code (pipeline behaviours) build a failed result of any result type.</summary>
public interface IOutcome
{
    bool IsSuccess { get; }
    Error? Error { get; }
}
