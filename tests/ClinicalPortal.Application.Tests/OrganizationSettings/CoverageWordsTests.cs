using ClinicalPortal.Application.OrganizationSettings;
using ClinicalPortal.Domain.Organizations;

namespace ClinicalPortal.Application.Tests.OrganizationSettings;

/// <summary>The hours as a client reads them: days joined as people write them, each span with its times, the zone named.</summary>
public sealed class CoverageWordsTests
{
    private static readonly TimeOnly Nine = new(9, 0), Five = new(17, 0), Noon = new(12, 0);

    private static string Told(params ServiceHours[] hours) => CoverageWords.ForClients(Coverage.Create("Europe/London", hours, []).Value);

    [Fact]
    public void OneDay_TwoDays_AndSeparateDays_AreJoinedWithAnd()
    {
        Assert.StartsWith("Your care team works Monday, 09:00 to 17:00 (London time).", Told(new ServiceHours(DayOfWeek.Monday, Nine, Five)), StringComparison.Ordinal);
        Assert.StartsWith("Your care team works Monday and Tuesday, 09:00 to 17:00 (London time).",
            Told(new ServiceHours(DayOfWeek.Tuesday, Nine, Five), new(DayOfWeek.Monday, Nine, Five)), StringComparison.Ordinal);
        Assert.StartsWith("Your care team works Monday, Wednesday and Sunday, 09:00 to 17:00 (London time).",
            Told(new ServiceHours(DayOfWeek.Sunday, Nine, Five), new(DayOfWeek.Wednesday, Nine, Five), new(DayOfWeek.Monday, Nine, Five)), StringComparison.Ordinal);
    }

    [Fact]
    public void ARunOfDays_IsARange_AndEachSpanOfTimesIsSaidApart()
    {
        var week = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday }.Select(d => new ServiceHours(d, Nine, Five));
        Assert.Equal(
            "Your care team works Monday to Thursday, 09:00 to 17:00; Friday, 09:00 to 12:00 (London time). At other times nobody from the team may see a message: use the crisis lines shown here.",
            Told([.. week, new(DayOfWeek.Friday, Nine, Noon)]));
    }

    [Fact]
    public void NoHours_SaysSo_AndSendsTheClientToTheLines() =>
        Assert.Equal("Your care team has no set hours for messages: use the crisis lines shown here whenever you need help now.", Told());
}
