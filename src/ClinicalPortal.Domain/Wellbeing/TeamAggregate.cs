namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// Small-group suppression of a team's well-being figures for one month. The mean and distribution show only when at
/// least <see cref="MinimumGroup"/> members contributed, and when the members not shown individually (those who did not
/// opt in) are none or at least as many: otherwise the aggregate minus the individual results shown beside it would
/// give the figures of a hidden group smaller than that.
/// </summary>
public static class TeamAggregate
{
    public const int MinimumGroup = 5;

    public const string TooFew = "fewer_than_5";
    public const string RevealsHiddenGroup = "would_reveal_a_hidden_group";

    /// <summary>The month is not over: its figures are computed, once, when it closes.</summary>
    public const string MonthOpen = "month_open";

    /// <summary>Null when the aggregate may be shown; otherwise why it is hidden.</summary>
    public static string? Suppression(int contributors, int shownIndividually)
    {
        if (contributors < MinimumGroup)
        {
            return TooFew;
        }

        var hidden = contributors - shownIndividually;
        return hidden is > 0 and < MinimumGroup ? RevealsHiddenGroup : null;
    }
}
