using ClinicalPortal.Domain.Measures;

namespace ClinicalPortal.Application.Measures;

public sealed record InstrumentSummaryResponse(
    string Code, string Name, string Version, int ItemCount, string TimeFrame, bool HigherIsBetter, InstrumentLicence Licence);
