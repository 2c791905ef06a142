using ClinicalPortal.Application.OrganizationSettings;
using ClinicalPortal.Domain.Crisis;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>
/// The crisis lines every client of the organisation sees (<see cref="GetCrisisSettings"/>): the country, whose national
/// lines always stay, and the lines the organisation adds, changed with <see cref="SetCrisisSettings"/> (as
/// <c>PUT /api/v1/organization/crisis-lines</c>). The form has a row per added line and one empty row; a row left
/// empty is no line, so emptying a row removes its line.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class CrisisLinesModel(IMediator mediator) : AdminPageModel(mediator)
{
    public CrisisSettingsResponse? Settings { get; private set; }

    [BindProperty]
    public string? Country { get; set; }

    [BindProperty]
    public List<LocalCrisisLineRequest> Lines { get; set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync(fill: true);

    public async Task<IActionResult> OnPostAsync()
    {
        Lines = Lines.Where(l => !string.IsNullOrWhiteSpace(l.Name) || !string.IsNullOrWhiteSpace(l.Instruction) || !string.IsNullOrWhiteSpace(l.Contact)).ToList();
        var set = await Mediator.Send(new SetCrisisSettings(Country, Lines), Aborted);
        // On a refusal the rows as sent, without the empty ones, so each message stands beside the line it is about.
        return await AfterAsync(set, _ => UiText.CrisisLinesSaved, () => ShowAsync(fill: false));
    }

    private async Task<IActionResult> ShowAsync(bool fill)
    {
        var settings = await Mediator.Send(new GetCrisisSettings(), Aborted);
        if (!settings.IsSuccess)
        {
            return NotFound();
        }

        Settings = settings.Value;
        if (fill)
        {
            Country = Settings.Country;
            Lines = Settings.LocalLines.Select(l => new LocalCrisisLineRequest(l.Name, l.Instruction, l.Contact)).ToList();
        }

        if (Lines.Count < CrisisLine.MaxLocalLines)
        {
            Lines.Add(new LocalCrisisLineRequest(null, null, null));
        }

        return Page();
    }
}
