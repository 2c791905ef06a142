namespace ClinicalPortal.Application.Modules;

/// <summary>A module another one points to (e.g. the backdraft entry): its id when it is in the built-in library, its key and title.</summary>
public sealed record ModuleLinkResponse(Guid? Id, string Key, string Title);
