using System.Globalization;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Authorization;
using ClinicalPortal.Application.Common.Behaviors;
using ClinicalPortal.Application.Common.Validation;
using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Organizations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace ClinicalPortal.Application.OrganizationSettings;

/// <summary>
/// What a client is told about when the team is there (the service's hours are shown, and outside them the
/// crisis lines are the way to get help): "Your care team works Monday to Friday, 09:00 to 17:00 (New York time). At
/// other times nobody from the team may see a message: use the crisis lines shown here."
/// </summary>
public static class CoverageWords
{
    public static string ForClients(Coverage c)
    {
        if (c.Hours.Count == 0)
        {
            return "Your care team has no set hours for messages: use the crisis lines shown here whenever you need help now.";
        }

        var spans = c.Hours.GroupBy(h => (Opens: h.Opens, Closes: h.Closes))
            .Select(g => $"{Days(g.Select(h => h.Day).ToList())}, {CoverageResponse.Time(g.Key.Opens)} to {CoverageResponse.Time(g.Key.Closes)}");
        var zone = c.TimeZone.Split('/')[^1].Replace('_', ' ');
        return $"Your care team works {string.Join("; ", spans)} ({zone} time). At other times nobody from the team may see a message: use the crisis lines shown here.";
    }

    private static string Days(IReadOnlyList<DayOfWeek> days)
    {
        var order = days.Select(d => ((int)d + 6) % 7).Order().ToList(); // Monday first
        var consecutive = order.Count > 2 && order.Zip(order.Skip(1)).All(p => p.Second == p.First + 1);
        string Name(int i) => ((DayOfWeek)((i + 1) % 7)).ToString();
        var names = order.Select(Name).ToList();
        return consecutive ? $"{names[0]} to {names[^1]}"
            : names.Count == 1 ? names[0]
            : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
    }
}
