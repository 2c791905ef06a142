using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Practice;

/// <summary>
/// One homework task as the adherence report sees it: its module (title and the compassion components it trains),
/// its day in the client's calendar, its status (from <see cref="HomeworkStatuses.Of"/>) and the distress ratings
/// the client gave before and after practising, if any.
/// </summary>
public sealed record AdherenceTask(
    ModuleId ModuleId,
    string ModuleTitle,
    IReadOnlyList<CompassionComponent> Components,
    DateOnly Date,
    HomeworkStatus Status,
    int? DistressBefore,
    int? DistressAfter);
