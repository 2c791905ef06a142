namespace ClinicalPortal.Domain.Practice;

/// <summary>The mean change in distress over the done tasks of every module that trains <see cref="Component"/>.</summary>
public sealed record ComponentAdherence(CompassionComponent Component, DistressChange MeanDistressChange);
