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

/// <summary>The organisation's coverage: its time zone, service hours and on-call rota, and in words what clients are told.</summary>
public sealed record CoverageResponse(string TimeZone, IReadOnlyList<ServiceHoursInput> Hours, IReadOnlyList<OnCallShiftInput> OnCall, string ClientNotice)
{
    public static CoverageResponse From(Coverage c) => new(
        c.TimeZone,
        c.Hours.Select(h => new ServiceHoursInput(h.Day.ToString(), Time(h.Opens), Time(h.Closes))).ToList(),
        c.OnCall.Select(s => new OnCallShiftInput(s.UserId, s.Day.ToString(), Time(s.Starts), Time(s.Ends))).ToList(),
        CoverageWords.ForClients(c));

    internal static string Time(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}
