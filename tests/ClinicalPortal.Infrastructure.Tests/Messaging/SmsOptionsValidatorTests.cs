using ClinicalPortal.Infrastructure.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClinicalPortal.Infrastructure.Tests.Messaging;

/// <summary>The SMS settings are all there or none are; anything else stops the start-up with a message naming what to fix.</summary>
public sealed class SmsOptionsValidatorTests
{
    private static ValidateOptionsResult Validate(SmsOptions options) => new SmsOptionsValidator().Validate(null, options);

    private static SmsOptions Complete() => new()
    {
        BaseUrl = "https://sms.example.com/", Account = "acct", Token = "secret", From = "ClinicalPortal",
    };

    [Fact]
    public void NoneSet_IsNotConfigured_AndValid()
    {
        var options = new SmsOptions();
        Assert.True(Validate(options).Succeeded);
        Assert.False(options.IsConfigured);
    }

    [Fact]
    public void AllSet_IsValid() => Assert.True(Validate(Complete()).Succeeded);

    [Fact]
    public void APartialConfiguration_FailsNamingTheMissingKeys()
    {
        var options = Complete();
        options.Token = " ";
        options.From = null;
        var result = Validate(options);
        Assert.True(result.Failed);
        Assert.Contains("Sms:Token, Sms:From are missing", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sms.example.com")]
    [InlineData("ftp://sms.example.com/")]
    [InlineData("/relative")]
    public void TheAddress_MustBeAbsoluteHttp(string baseUrl)
    {
        var options = Complete();
        options.BaseUrl = baseUrl;
        Assert.Contains("Sms:BaseUrl must be an absolute http or https address", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    public void TheTimeout_IsBetween1And120Seconds(int seconds)
    {
        var options = Complete();
        options.TimeoutSeconds = seconds;
        Assert.Contains("Sms:TimeoutSeconds must be between 1 and 120", Validate(options).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TheInfrastructure_ValidatesTheSmsSection_WhenItIsRead()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sms:BaseUrl"] = "https://sms.example.com/",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration, "Host=127.0.0.1;Database=none").BuildServiceProvider();

        var failed = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SmsOptions>>().Value);
        Assert.Contains("Sms:Account, Sms:Token, Sms:From are missing", failed.Message, StringComparison.Ordinal);
    }
}
