using ClinicalPortal.Domain.Common;
using ClinicalPortal.Domain.Crisis;
using CsCheck;

namespace ClinicalPortal.Domain.Tests.Crisis;

public sealed class CrisisLinesTests
{
    public static TheoryData<string> Countries() => new(CrisisLines.SupportedCountries.Order(StringComparer.Ordinal));

    /// <summary>Each country's emergency number, to check that no country shows another's.</summary>
    private static readonly Dictionary<string, string> EmergencyContacts = new()
    {
        ["US"] = "tel:911", ["CA"] = "tel:911", ["GB"] = "tel:999", ["IE"] = "tel:112", ["AU"] = "tel:000", ["NZ"] = "tel:111",
    };

    private static string[] Contacts(string country) => CrisisLines.For(country).Select(l => l.Contact).ToArray();

    // ---- the catalogue -------------------------------------------------------------------------------------------

    [Fact]
    public void SupportedCountries_AreUsCaGbIeAuNz_InUpperCase() =>
        Assert.Equal(["AU", "CA", "GB", "IE", "NZ", "US"], CrisisLines.SupportedCountries.Order(StringComparer.Ordinal));

    [Fact]
    public void For_US_Lists988CrisisTextLineAnd911()
    {
        Assert.Equal(["tel:988", "sms:741741?body=HOME", "tel:911"], Contacts("US"));
        Assert.Equal("Call or text 988, any time, day or night.", CrisisLines.For("US")[0].Instruction);
        Assert.Equal("Text HOME to 741741, any time.", CrisisLines.For("US")[1].Instruction);
    }

    [Fact]
    public void For_CA_Lists988And911() =>
        Assert.Equal(["tel:988", "tel:911"], Contacts("CA"));

    [Fact]
    public void For_GB_ListsSamaritansShoutNhs111And999()
    {
        Assert.Equal(["tel:116123", "sms:85258?body=SHOUT", "tel:111", "tel:999"], Contacts("GB"));
        var nhs = CrisisLines.For("GB")[2];
        Assert.Equal(CrisisLineKind.HealthAdvice, nhs.Kind);
        // "Option 2" is not confirmed on nhs.uk and NHS pages disagree: the instruction names the option, not its number.
        Assert.Contains("mental health option", nhs.Instruction, StringComparison.Ordinal);
        Assert.DoesNotContain("option 2", nhs.Instruction, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("In England", nhs.Instruction, StringComparison.Ordinal);
    }

    [Fact]
    public void For_IE_ListsSamaritans50808And112Or999()
    {
        Assert.Equal(["tel:116123", "sms:50808?body=HELLO", "tel:112"], Contacts("IE"));
        Assert.Contains("112 or 999", CrisisLines.EmergencyFor("IE")!.Instruction, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AU_ListsLifelineAnd000() =>
        Assert.Equal(["tel:131114", "tel:000"], Contacts("AU"));

    [Fact]
    public void For_NZ_Lists1737And111() =>
        Assert.Equal(["tel:1737", "tel:111"], Contacts("NZ"));

    [Theory]
    [MemberData(nameof(Countries))]
    public void EveryCountry_HasACrisisLine_AndExactlyOneEmergencyLine_Last(string country)
    {
        var lines = CrisisLines.For(country);
        Assert.Contains(lines, l => l.Kind is CrisisLineKind.CrisisLine);
        Assert.Single(lines, l => l.Kind == CrisisLineKind.Emergency);
        Assert.Equal(CrisisLineKind.Emergency, lines[^1].Kind);
        Assert.Same(lines[^1], CrisisLines.EmergencyFor(country));
        Assert.StartsWith("If you are in danger now", lines[^1].Instruction, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Countries))]
    public void EveryCatalogueLine_MeetsTheRulesForLocalLines(string country)
    {
        foreach (var line in CrisisLines.For(country))
        {
            var checkedLine = CrisisLine.CreateLocal(line.Name, line.Instruction, line.Contact);
            Assert.True(checkedLine.IsSuccess, $"{country}: {line.Name}");
            Assert.Equal(line.Contact, checkedLine.Value.Contact); // already canonical: no spaces, lower-case scheme
            Assert.True(line.Contact.StartsWith("tel:", StringComparison.Ordinal) || line.Contact.StartsWith("sms:", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void NoCountry_ListsAnotherCountrysEmergencyNumber()
    {
        // 111 is New Zealand's emergency number and also NHS 111 in England: the one number that legitimately belongs to
        // two countries' lists for different services. US and Canada share 911, which is right for both.
        var known = new HashSet<(string Country, string Contact)> { ("GB", "tel:111") };
        foreach (var country in CrisisLines.SupportedCountries)
        {
            foreach (var emergency in EmergencyContacts.Values)
            {
                if (emergency == EmergencyContacts[country] || known.Contains((country, emergency)))
                {
                    continue;
                }

                Assert.DoesNotContain(emergency, Contacts(country)); // e.g. GB must not list the US's tel:911
            }
        }
    }

    [Theory]
    [InlineData("GB", "tel:911", "tel:000", "tel:112")]
    [InlineData("IE", "tel:911", "tel:000", "tel:111")]
    [InlineData("US", "tel:999", "tel:000", "tel:112", "tel:111")]
    [InlineData("CA", "tel:999", "tel:000", "tel:112", "tel:111")]
    [InlineData("AU", "tel:911", "tel:999", "tel:112", "tel:111")]
    [InlineData("NZ", "tel:911", "tel:999", "tel:000", "tel:112")]
    public void For_NeverListsAForeignEmergencyNumber(string country, params string[] foreign)
    {
        foreach (var contact in foreign)
        {
            Assert.DoesNotContain(contact, Contacts(country));
        }
    }

    [Fact]
    public void For_EmergencyLine_IsTheCountrysOwn()
    {
        foreach (var (country, contact) in EmergencyContacts)
        {
            Assert.Equal(contact, CrisisLines.EmergencyFor(country)!.Contact);
        }
    }

    // ---- country codes -------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("gb")]
    [InlineData("Gb")]
    [InlineData(" GB ")]
    [InlineData("uk")]
    [InlineData("UK")]
    public void Codes_AreCaseInsensitive_AndReadAsTheCanonicalCode(string code)
    {
        Assert.True(CrisisLines.IsSupported(code));
        Assert.Equal("GB", CrisisLines.Canonical(code));
        Assert.Same(CrisisLines.For("GB"), CrisisLines.For(code));
    }

    [Fact]
    public void SupportedCountries_HoldsCanonicalUpperCaseCodes_AndComparesWithoutCase()
    {
        Assert.All(CrisisLines.SupportedCountries, c => Assert.Equal(c.ToUpperInvariant(), c));
        Assert.Contains("nz", CrisisLines.SupportedCountries);
        Assert.DoesNotContain("UK", CrisisLines.SupportedCountries); // an accepted alias, not a canonical code
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("ZZ")]
    [InlineData("USA")]
    [InlineData("G")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void UnsupportedCode_GivesNoLines_WithoutThrowing_AndIsNotSupported(string? code)
    {
        Assert.Empty(CrisisLines.For(code));
        Assert.False(CrisisLines.IsSupported(code));
        Assert.Null(CrisisLines.Canonical(code));
        Assert.Null(CrisisLines.EmergencyFor(code));
    }

    [Fact]
    public void ReturnedLists_CannotBeChangedByACaller()
    {
        var lines = (IList<CrisisLine>)CrisisLines.For("US");
        Assert.Throws<NotSupportedException>(() => lines.Add(new CrisisLine("x", "x", "tel:999", CrisisLineKind.Emergency)));
        Assert.Equal(3, CrisisLines.For("US").Count);
    }

    // ---- notices -------------------------------------------------------------------------------------------------

    [Fact]
    public void Notices_SayNothingIsWatchedInRealTime_AndWhereToTurnInDanger()
    {
        Assert.StartsWith("Your answers are not monitored in real time.", CrisisLines.AnswersNotMonitored, StringComparison.Ordinal);
        Assert.StartsWith("Your care team has been told, but they may not see it straight away. If you are in danger now,",
            CrisisLines.HelpRequested, StringComparison.Ordinal);
        Assert.Contains("local emergency number", CrisisLines.NoLinesForCountry, StringComparison.Ordinal);
    }

    // ---- organisation-added lines --------------------------------------------------------------------------------

    [Fact]
    public void CreateLocal_TrimsTheText_TakesSpacesOutOfTheNumber_AndMarksTheLineLocal()
    {
        var line = CrisisLine.CreateLocal("  Crisis team  ", " Call any time. ", " TEL:+44 20-7946 0000 ").Value;
        Assert.Equal(new CrisisLine("Crisis team", "Call any time.", "tel:+4420-79460000", CrisisLineKind.Local), line);
    }

    [Theory]
    [InlineData("tel:999")]
    [InlineData("tel:+1 800 273 8255")]
    [InlineData("sms:741741")]
    [InlineData("sms:741741?body=HOME")]
    [InlineData("sms:+44 7700 900123?body=Help2")]
    [InlineData("https://example.org/crisis")]
    [InlineData("https://example.org/crisis?from=portal#now")]
    public void CreateLocal_AcceptsTelSmsAndHttpsContacts(string contact) =>
        Assert.True(CrisisLine.CreateLocal("Local line", "Use this any time.", contact).IsSuccess, contact);

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(document.cookie)")]
    [InlineData("http://example.org/crisis")]
    [InlineData("HTTP://example.org")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("mailto:help@example.org")]
    [InlineData("ftp://example.org")]
    [InlineData("//example.org")]
    [InlineData("988")]
    [InlineData("tel:")]
    [InlineData("tel:12")]
    [InlineData("tel:1234567890123456")]
    [InlineData("tel:98a8")]
    [InlineData("tel:+")]
    [InlineData("tel:++44 20")]
    [InlineData("tel:1--23")]
    [InlineData("tel: 988")]
    [InlineData("tel:988-")]
    [InlineData("tel:98\t8")]
    [InlineData("tel:988;ext=1")]
    [InlineData("sms:741741?body=")]
    [InlineData("sms:741741?body=HOME NOW")]
    [InlineData("sms:741741?body=HOME&x=1")]
    [InlineData("sms:741741?text=HOME")]
    [InlineData("sms:?body=HOME")]
    [InlineData("https://")]
    [InlineData("https:example.org")]
    [InlineData("https://user:secret@example.org")]
    [InlineData("https://exa mple.org")]
    [InlineData("https://example.org/\njavascript:alert(1)")]
    [InlineData("")]
    [InlineData(null)]
    public void CreateLocal_RefusesAnyOtherContact(string? contact)
    {
        var error = CrisisLine.CreateLocal("Local line", "Use this any time.", contact).Error!;
        Assert.Equal(CrisisLine.Invalid, error.Code);
        Assert.Equal(ErrorKind.RuleViolation, error.Kind);
        Assert.Equal(new Violation(null, "contact", error.Violations.Single().Message), error.Violations.Single());
    }

    [Fact]
    public void CreateLocal_RefusesAnHttpsAddressLongerThanTheLimit()
    {
        var url = "https://example.org/" + new string('a', CrisisLine.MaxUrlLength);
        Assert.Equal(CrisisLine.Invalid, CrisisLine.CreateLocal("Local line", "Open this page.", url).Error!.Code);
    }

    [Theory]
    [InlineData("", "Call any time.", "name")]
    [InlineData("   ", "Call any time.", "name")]
    [InlineData(null, "Call any time.", "name")]
    [InlineData("Crisis team", "", "instruction")]
    [InlineData("Crisis team", null, "instruction")]
    public void CreateLocal_NeedsANameAndAnInstruction(string? name, string? instruction, string rule) =>
        Assert.Equal([rule], CrisisLine.CreateLocal(name, instruction, "tel:999").Error!.Violations.Select(v => v.Code));

    [Fact]
    public void CreateLocal_AcceptsTheLongestTexts_AndNamesEveryRuleALongerLineBreaks()
    {
        Assert.True(CrisisLine.CreateLocal(new string('n', 100), new string('i', 300), "tel:999").IsSuccess);
        var error = CrisisLine.CreateLocal(new string('n', 101), new string('i', 301), "http://x.org").Error!;
        Assert.Equal(["name", "instruction", "contact"], error.Violations.Select(v => v.Code));
        Assert.All(error.Violations, v => Assert.Null(v.Position));
    }

    [Fact]
    public void CreateLocal_RefusesAnyContactWithoutAnAllowedScheme() =>
        Gen.String.Where(s => !s.TrimStart().StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
                              && !s.TrimStart().StartsWith("sms:", StringComparison.OrdinalIgnoreCase)
                              && !s.TrimStart().StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .Sample(contact => Assert.False(CrisisLine.CreateLocal("Local line", "Use this.", contact).IsSuccess), iter: 2000);

    [Fact]
    public void CreateLocalSet_AcceptsTenLines_AndRefusesEleven()
    {
        (string?, string?, string?) Line(int i) => ($"Line {i}", "Call any time.", $"tel:0800 000 {i:000}");
        var ten = Enumerable.Range(1, CrisisLine.MaxLocalLines).Select(Line).ToList();
        Assert.Equal(10, CrisisLine.CreateLocalSet(ten).Value.Count);

        var eleven = Enumerable.Range(1, CrisisLine.MaxLocalLines + 1).Select(Line).ToList();
        Assert.Equal(CrisisLine.TooMany, CrisisLine.CreateLocalSet(eleven).Error!.Code);
    }

    [Fact]
    public void CreateLocalSet_NamesThePositionOfEachBrokenLine_IncludingAContactGivenTwice()
    {
        var error = CrisisLine.CreateLocalSet(
        [
            ("Crisis team", "Call any time.", "tel:0800 123 456"),
            ("Bad link", "Open this.", "javascript:alert(1)"),
            ("Same team", "Call any time.", "tel:0800123456"),
        ]).Error!;
        Assert.Equal(CrisisLine.Invalid, error.Code);
        Assert.Equal([(2, "contact"), (3, "contact.duplicate")], error.Violations.Select(v => (v.Position!.Value, v.Code)));
    }

    [Fact]
    public void For_WithLocalLines_PutsThemAfterTheNationalLines_AndBeforeTheEmergencyLine()
    {
        var local = CrisisLine.CreateLocalSet([("Our crisis team", "Call us any time.", "tel:0800 123 456")]).Value;
        Assert.Equal(["tel:116123", "sms:85258?body=SHOUT", "tel:111", "tel:0800123456", "tel:999"],
            CrisisLines.For("GB", local).Select(l => l.Contact));
    }

    [Fact]
    public void For_WithLocalLines_LeavesOutLinesThatAreNotLocal_OrRepeatANationalContact()
    {
        var strays = new[]
        {
            new CrisisLine("Another emergency", "Call 911.", "tel:911", CrisisLineKind.Emergency),
            CrisisLine.CreateLocal("Samaritans again", "Call 116 123.", "tel:116 123").Value,
            CrisisLine.CreateLocal("Our crisis team", "Call us any time.", "tel:0800123456").Value,
        };
        var lines = CrisisLines.For("GB", strays);
        Assert.Single(lines, l => l.Kind == CrisisLineKind.Emergency);
        Assert.Equal("tel:999", lines[^1].Contact);
        Assert.Equal(5, lines.Count);
        Assert.DoesNotContain(lines, l => l.Contact == "tel:911");
    }

    [Fact]
    public void For_WithLocalLines_ForAnUnsupportedCountry_GivesTheOrganisationsLinesOnly()
    {
        var local = CrisisLine.CreateLocalSet([("Our crisis team", "Call us any time.", "tel:0800 123 456")]).Value;
        Assert.Equal(["tel:0800123456"], CrisisLines.For("FR", local).Select(l => l.Contact));
    }
}
