namespace ClinicalPortal.Application.Clients;

/// <summary>The answer to a resent invitation: when it was queued. It says nothing about whether the address has a login elsewhere.</summary>
public sealed record InvitationResponse(Guid ClientId, DateTimeOffset QueuedAt);
