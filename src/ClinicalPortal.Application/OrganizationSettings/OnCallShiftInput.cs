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

/// <summary>An on-call shift: <c>{ "userId": ..., "day": "Friday", "starts": "17:00", "ends": "09:00" }</c> (past midnight when it ends before it starts).</summary>
public sealed record OnCallShiftInput(Guid? UserId, string? Day, string? Starts, string? Ends);
