using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Measures;
using ClinicalPortal.Domain.Notifications;
using ClinicalPortal.Domain.Tests.Alerts;

namespace ClinicalPortal.Domain.Tests.Notifications;

public sealed class NotificationTextTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(RiskTier.Imminent, true)]
    [InlineData(RiskTier.High, false)]
    [InlineData(RiskTier.Elevated, false)]
    public void OnlyARoundOfAnImminentAlert_IsTexted(RiskTier tier, bool texted)
    {
        var (alert, step) = AlertFixtures.Raise(Now, tier);
        var notification = Notification.Create(alert, step, UserId.New(), Now);
        Assert.Equal(texted, notification.IsTexted);
        Assert.Equal(texted ? AlertTextState.Queued : null, notification.Text);
    }

    [Fact]
    public void TheFirstOutcome_Stays()
    {
        var (alert, step) = AlertFixtures.Raise(Now, RiskTier.Imminent);
        var notification = Notification.Create(alert, step, UserId.New(), Now);

        Assert.True(notification.RecordText(AlertTextState.NoPhone, Now.AddSeconds(5)));
        Assert.False(notification.RecordText(AlertTextState.Sent, Now.AddSeconds(9)));
        Assert.Equal((AlertTextState.NoPhone, Now.AddSeconds(5)), (notification.Text, notification.TextAt));
    }

    [Fact]
    public void ARoundWithoutAText_RecordsNoOutcome()
    {
        var (alert, step) = AlertFixtures.Raise(Now, RiskTier.High);
        var notification = Notification.Create(alert, step, UserId.New(), Now);
        Assert.False(notification.RecordText(AlertTextState.Sent, Now));
        Assert.Null(notification.Text);
    }
}
