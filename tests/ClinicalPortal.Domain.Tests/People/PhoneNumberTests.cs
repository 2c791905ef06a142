using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Tests.People;

public sealed class PhoneNumberTests
{
    [Theory]
    [InlineData("+44 7700 900123", "+447700900123")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    [InlineData("0044 7700-900-123", "+447700900123")]
    [InlineData(" +1 (212) 555.0123 ", "+12125550123")]
    [InlineData("+683 4002", "+6834002")]
    [InlineData("+123456789012345", "+123456789012345")]
    public void Parse_GivesTheE164Form_OfWhatPeopleWrite(string written, string e164)
    {
        Assert.True(PhoneNumber.TryParse(written, out var number));
        Assert.Equal(e164, number.Value);
        Assert.Equal(e164, PhoneNumber.Parse(written).Value.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("07700 900123")]          // no country code: not guessed
    [InlineData("+0 7700 900123")]        // a country code never starts with 0
    [InlineData("+44 7700 900123 ext 4")] // letters
    [InlineData("+44/7700/900123")]
    [InlineData("+123456")]               // too short
    [InlineData("+1234567890123456")]     // 16 digits: E.164 allows 15
    [InlineData("+44 7700 900123                   ")] // longer than anyone writes a number
    [InlineData("++44 7700 900123")]
    public void Parse_RefusesWhatIsNotANumberWithItsCountryCode(string? written)
    {
        Assert.False(PhoneNumber.TryParse(written, out _));
        Assert.Equal(PhoneNumber.Invalid, PhoneNumber.Parse(written).Error!.Code);
    }

    [Fact]
    public void TheSameNumber_WrittenTwoWays_IsEqual() =>
        Assert.Equal(PhoneNumber.Parse("+44 7700 900123").Value, PhoneNumber.Parse("0044-7700-900-123").Value);
}
