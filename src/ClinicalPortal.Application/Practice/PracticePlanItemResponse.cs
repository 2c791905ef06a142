using ClinicalPortal.Domain.Practice;

namespace ClinicalPortal.Application.Practice;

public sealed record PracticePlanItemResponse(
    Guid Id, int Position, Guid ModuleId, int ModuleVersion, string ModuleTitle, FrequencyResponse Frequency, DateOnly Start, DateOnly End)
{
    public static PracticePlanItemResponse From(PracticePlanItem item) => new(
        item.Id.Value, item.Position, item.ModuleId.Value, item.ModuleVersion, item.ModuleTitle,
        new FrequencyResponse(item.FrequencyKind.ToString(), item.TimesPerWeek, item.Frequency.EffectiveDays(item.Start).Select(Weekdays.Name).ToList()),
        item.Start, item.End);
}
