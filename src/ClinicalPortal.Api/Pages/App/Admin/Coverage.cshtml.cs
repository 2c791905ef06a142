using ClinicalPortal.Application.OrganizationSettings;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ClinicalPortal.Api.Pages.App.Admin;

/// <summary>
/// When the care team is there and who is on call when (<see cref="GetCoverage"/>), changed with <see cref="SetCoverage"/>
/// (as <c>PUT /api/v1/organization/coverage</c>): the time zone, a row per weekday (both times empty: closed that day)
/// (its first span), a row per further span of a split day (09:00-12:00 and 13:00-17:00) with one empty row to add one,
/// and a row per on-call shift with three empty rows to add more (an emptied row removes its span or shift).
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class CoverageModel(IMediator mediator) : AdminPageModel(mediator)
{
    /// <summary>Monday first, as people read a week.</summary>
    public static IReadOnlyList<DayOfWeek> Week { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The machine's IANA zones by region and city (Europe/London), offered as the zone is typed.</summary>
    public static IReadOnlyList<string> Zones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    public CoverageResponse? Coverage { get; private set; }

    [BindProperty]
    public string? TimeZone { get; set; }

    /// <summary>Opening and closing times by weekday name (<c>Opens[Monday]</c>).</summary>
    [BindProperty]
    public Dictionary<string, string?> Opens { get; set; } = [];

    [BindProperty]
    public Dictionary<string, string?> Closes { get; set; } = [];

    /// <summary>Further spans of a day beyond its row (a split day), as the API takes them.</summary>
    [BindProperty]
    public List<ServiceHoursInput> MoreHours { get; set; } = [];

    [BindProperty]
    public List<OnCallShiftInput> Shifts { get; set; } = [];

    /// <summary>
    /// Where each span of the request's <c>hours</c> came from, in its order (its errors name that index): a weekday's
    /// row by the day's name, a further span by <c>more{i}</c>.
    /// </summary>
    public IReadOnlyList<string> SentRows { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => ShowAsync(fill: true);

    public async Task<IActionResult> OnPostAsync()
    {
        var days = Week.Select(d => d.ToString())
            .Where(d => !string.IsNullOrWhiteSpace(Opens.GetValueOrDefault(d)) || !string.IsNullOrWhiteSpace(Closes.GetValueOrDefault(d))).ToList();
        var more = MoreHours.Select((h, i) => (h, i)).Where(x => !string.IsNullOrWhiteSpace(x.h.Opens) || !string.IsNullOrWhiteSpace(x.h.Closes)).ToList();
        SentRows = [.. days, .. more.Select(x => $"more{x.i}")];
        var hours = days.Select(d => new ServiceHoursInput(d, Opens.GetValueOrDefault(d), Closes.GetValueOrDefault(d)))
            .Concat(more.Select(x => x.h)).ToList();
        Shifts = Shifts.Where(s => s.UserId is not null || !string.IsNullOrWhiteSpace(s.Starts) || !string.IsNullOrWhiteSpace(s.Ends)).ToList();
        var set = await Mediator.Send(new SetCoverage(TimeZone, hours, Shifts), Aborted);
        return await AfterAsync(set, _ => UiText.CoverageSaved, () => ShowAsync(fill: false));
    }

    /// <summary>The messages about one row (a weekday's name, or <c>more{i}</c>): the request names it by its place among the spans sent.</summary>
    public IReadOnlyList<string> DayErrors(string row) => SentRows.ToList().IndexOf(row) is var i and >= 0 ? ErrorsFor($"hours[{i}]") : [];

    private async Task<IActionResult> ShowAsync(bool fill)
    {
        var coverage = await Mediator.Send(new GetCoverage(), Aborted);
        if (!coverage.IsSuccess || !await LoadStaffAsync())
        {
            return NotFound();
        }

        Coverage = coverage.Value;
        if (fill)
        {
            TimeZone = Coverage?.TimeZone ?? UiText.DefaultCoverageZone;
            // A day's first span fills its row; any further span (a split day) gets a row of its own, never dropped.
            foreach (var h in Coverage?.Hours ?? [])
            {
                if (Opens.ContainsKey(h.Day!))
                {
                    MoreHours.Add(h);
                }
                else
                {
                    (Opens[h.Day!], Closes[h.Day!]) = (h.Opens, h.Closes);
                }
            }

            Shifts = Coverage?.OnCall.ToList() ?? [];
        }

        MoreHours.Add(new ServiceHoursInput(null, null, null));
        for (var i = 0; i < 3; i++)
        {
            Shifts.Add(new OnCallShiftInput(null, null, null, null));
        }

        return Page();
    }
}
