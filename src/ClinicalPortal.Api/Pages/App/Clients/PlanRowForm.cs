namespace ClinicalPortal.Api.Pages.App.Clients;

/// <summary>One module row of the plan form as posted; a row without a module is left out of the plan.</summary>
public sealed class PlanRowForm
{
    public Guid? ModuleId { get; set; }

    public string Kind { get; set; } = "Daily";

    public int? TimesPerWeek { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}
