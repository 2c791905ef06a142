namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// The three components of self-compassion, each against its opposite (Neff 2003, Self and Identity 2:85-101):
/// self-kindness versus self-judgment, common humanity versus isolation, mindfulness versus over-identification.
/// A module trains one or more of them.
/// </summary>
public enum CompassionComponent
{
    SelfKindness = 0,
    CommonHumanity = 1,
    Mindfulness = 2,
}
