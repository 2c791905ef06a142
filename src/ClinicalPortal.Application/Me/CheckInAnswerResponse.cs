using ClinicalPortal.Application.Crisis;

namespace ClinicalPortal.Application.Me;

/// <summary>The answered check-in, with the crisis lines and safety plan (first, after "not OK").</summary>
public sealed record CheckInAnswerResponse(CheckInResponse CheckIn, HelpResponse Help);
