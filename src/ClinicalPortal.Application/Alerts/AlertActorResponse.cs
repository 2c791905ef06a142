namespace ClinicalPortal.Application.Alerts;

/// <summary>Who acted: a person (login id and name as the organisation knows them) or a system actor by name.</summary>
public sealed record AlertActorResponse(Guid? UserId, string? Name, string? System);
