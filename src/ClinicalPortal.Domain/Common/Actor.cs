namespace ClinicalPortal.Domain.Common;

/// <summary>Who did something: a person (by login id) or a part of the system (e.g. <c>system:escalation</c>).</summary>
public readonly record struct Actor(UserId? User, string? System)
{
    public static Actor Person(UserId user) => new(user, null);

    public static Actor Of(string system) => new(null, system);

    public override string ToString() => User?.ToString() ?? System ?? "unknown";
}
