using System.Text.Json;
using ClinicalPortal.Application.Common.Abstractions;
using ClinicalPortal.Application.Common.Validation;
using FluentValidation;

namespace ClinicalPortal.Application.Clients;

/// <summary>A phone number as people write it: an optional +, digits, spaces, dots, dashes and brackets, 6 to 15 digits (E.164's most).</summary>
public static class ClientPhone
{
    public static bool IsPhone(string? value) =>
        value is { Length: <= 32 } v && v.Trim().Length > 0
        && System.Text.RegularExpressions.Regex.IsMatch(v.Trim(), @"^\+?[0-9 ().-]+$")
        && v.Count(char.IsAsciiDigit) is >= 6 and <= 15;

    public static string Message(string field) => $"'{field}' must be a phone number, e.g. +44 20 7946 0958 (6 to 15 digits).";
}
