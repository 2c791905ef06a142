namespace ClinicalPortal.Domain.Wellbeing;

/// <summary>
/// Small-group suppression of a team's well-being figures for one month. The mean and distribution show only when at
/// least <see cref="MinimumGroup"/> members contributed, and when the members not shown individually (those who did not
/// opt in) are none or at least as many: otherwise the aggregate minus the individual results shown beside it would
/// give the figures of a hidden group smaller than that. Across views: a group's figures show only when its members
/// differ from those of every group already shown for the organisation and month by none (the same group, the same
/// figures) or by at least <see cref="MinimumDifference"/> people, counting both sides; otherwise the difference
/// between the two views would be the scores of one to four people (an administrator who moved five of a supervisor's
/// six clinicians to a new supervisor could read the sixth one's scores from the two views). Pairs are not enough: three
/// or more views, each pair five or more apart, can still add and subtract to one person, which
/// <see cref="DifferencingGuard"/> rules out; a group failing either is hidden with <see cref="CloseToAnotherGroup"/>.
/// </summary>
public static class TeamAggregate
{
    public const int MinimumGroup = 5;

    /// <summary>Fewest people by which two groups shown for one month may differ (counting both sides), unless identical.</summary>
    public const int MinimumDifference = 5;

    public const string TooFew = "fewer_than_5";
    public const string RevealsHiddenGroup = "would_reveal_a_hidden_group";

    /// <summary>
    /// The group differs from another already shown for the month by one to four people, or would combine with those
    /// already shown (and the people shown one by one) into one person's own figures.
    /// </summary>
    public const string CloseToAnotherGroup = "too_close_to_another_group";

    /// <summary>A scale's band counts are hidden when every contributor is in one band: they would tell each one's band.</summary>
    public const string AllInOneBand = "all_in_one_band";

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

    /// <summary>
    /// Whether <paramref name="group"/> may be shown beside a group already shown: the same members, or at least
    /// <see cref="MinimumDifference"/> members in one and not the other. A group kept before members were recorded
    /// (<paramref name="otherMembers"/> null) is known by its size only, which bounds the difference from below: it must
    /// differ in size by at least <see cref="MinimumDifference"/>.
    /// </summary>
    public static bool MayShowBeside(IReadOnlyCollection<Guid> group, IReadOnlyCollection<Guid>? otherMembers, int otherSize)
    {
        if (otherMembers is null)
        {
            return Math.Abs(group.Count - otherSize) >= MinimumDifference;
        }

        var difference = group.Count(m => !otherMembers.Contains(m)) + otherMembers.Count(m => !group.Contains(m));
        return difference == 0 || difference >= MinimumDifference;
    }
}
