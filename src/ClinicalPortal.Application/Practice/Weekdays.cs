namespace ClinicalPortal.Application.Practice;

/// <summary>Weekday names as the API writes them: Mon, Tue, Wed, Thu, Fri, Sat, Sun (full English names are accepted too).</summary>
public static class Weekdays
{
    private static readonly Dictionary<string, DayOfWeek> ByName = Enum.GetValues<DayOfWeek>()
        .SelectMany(d => new[] { (Name: d.ToString(), Day: d), (Name: d.ToString()[..3], Day: d) })
        .ToDictionary(x => x.Name, x => x.Day, StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(string? name, out DayOfWeek day) => ByName.TryGetValue(name ?? string.Empty, out day);

    public static string Name(DayOfWeek day) => day.ToString()[..3];
}
