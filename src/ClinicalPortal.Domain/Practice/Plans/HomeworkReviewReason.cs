namespace ClinicalPortal.Domain.Practice;

/// <summary>Why a completed homework task asks for the clinician's look (<see cref="HomeworkTask.ReviewReasons"/>).</summary>
public enum HomeworkReviewReason
{
    /// <summary>A distress rating before or after of <see cref="HomeworkTask.ReviewThreshold"/> (9) or more.</summary>
    HighDistress = 0,

    /// <summary>Distress after the practice <see cref="HomeworkTask.DistressRiseThreshold"/> (3) or more points above before it.</summary>
    DistressRise = 1,
}
