using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Validation;
using FluentValidation;

namespace ClinicalPortal.Application.Clients;

public sealed record EmergencyContactResponse(string Name, string Phone, string Relationship);
