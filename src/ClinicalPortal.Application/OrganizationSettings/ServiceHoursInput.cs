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

/// <summary>A weekday span of service hours as the API takes and gives it: <c>{ "day": "Monday", "opens": "09:00", "closes": "17:00" }</c>.</summary>
public sealed record ServiceHoursInput(string? Day, string? Opens, string? Closes);
