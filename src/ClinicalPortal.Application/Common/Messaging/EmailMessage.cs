namespace ClinicalPortal.Application.Common.Messaging;

/// <summary>A plain-text e-mail: ids and links only, never health data or names.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody);
