using System.Collections.Frozen;

namespace ClinicalPortal.Domain.Crisis;

/// <summary>
/// The crisis lines of the client's country, shown at once when answers carry risk or the client presses
/// "I need help now": a number for another country helps nobody, so lines are chosen by the client's ISO 3166-1
/// alpha-2 country code, never defaulted to one country.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> Each country lists its crisis and text lines first, then any health advice line, then organisation-added
/// lines (<see cref="For(string?, IReadOnlyList{CrisisLine})"/>), and its single <see cref="CrisisLineKind.Emergency"/>
/// line <b>last</b>, always. Last, because most clients who see this list are distressed rather than in danger this minute
/// and the lines that can talk with them now come first; because every emergency instruction opens with "If you are in
/// danger now", so it reads as its own step wherever it stands; and because it keeps the order of the list this replaces
/// (the United States list shown before the catalogue). A client's screen can still pick the emergency line out by its
/// <see cref="CrisisLine.Kind"/>; being always last, it is also always findable.
/// </para>
/// <para>
/// <b>Unsupported countries.</b> <see cref="For(string?)"/> never throws: it runs inside the request that accepted risky
/// answers or the "I need help now" press, where an exception would show the client nothing. For a code it does not
/// know (or null, or blank) it returns an empty list and <see cref="IsSupported"/> is false; the caller then shows
/// <see cref="NoLinesForCountry"/>. Validate a client's or organisation's country with <see cref="IsSupported"/> when it
/// is recorded, so an empty list is rare.
/// </para>
/// <para>
/// <b>Verification.</b> Every line below names the page it was checked against on <see cref="CheckedOn"/> and says whether
/// that page is the service's own, an official government page, or only a secondary source. The pages were read as stored
/// copies (a search index of public pages, not the live sites), so a stored copy may be older than the live page. Check
/// again before each release; a wrong crisis number is worse than none.
/// </para>
/// </remarks>
public static class CrisisLines
{
    /// <summary>When the lines and sources below were last checked.</summary>
    public const string CheckedOn = "2026-12-01";

    /// <summary>Shown with the lines whenever accepted answers carry a risk flag.</summary>
    public const string AnswersNotMonitored =
        "Your answers are not monitored in real time. Your care team will see them, but not straight away. " +
        "If you need help now, use one of the contacts shown here.";

    /// <summary>Shown with the lines when the client presses "I need help now".</summary>
    public const string HelpRequested =
        "Your care team has been told, but they may not see it straight away. " +
        "If you are in danger now, call the emergency number shown here. " +
        "If you need to talk to someone now, use one of the other contacts shown here.";

    /// <summary>Shown instead of lines when the client's country is not in the catalogue (<see cref="IsSupported"/> is false).</summary>
    public const string NoLinesForCountry =
        "We do not have crisis lines for your country. " +
        "If you are in danger now, call your local emergency number or go to the nearest emergency department.";

    // ---- United States -------------------------------------------------------------------------------------------

    /// <summary>
    /// 988 Suicide &amp; Crisis Lifeline. SECONDARY ONLY: the service's own page (988lifeline.org) was not in the stored
    /// pages. Checked on US government pages: https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline
    /// (Wyoming Department of Health: "988 is free, confidential, and available 24/7. Simply call or text 988");
    /// https://hcfl.gov/residents/parks-and-leisure/mindful-mondays/national-crisis-help-line (Hillsborough County, FL:
    /// "text or call 988 day or night"); https://www.cdcr.ca.gov/ccjbh/2022/07/19/dial-988-to-access-24-hour-emotional-support-and-resources/
    /// ("you can call or text 988").
    /// </summary>
    private static readonly CrisisLine Us988 = new(
        "988 Suicide & Crisis Lifeline", "Call or text 988, any time, day or night.", "tel:988", CrisisLineKind.CrisisLine);

    /// <summary>
    /// Crisis Text Line. SECONDARY ONLY: crisistextline.org was not in the stored pages. Checked on
    /// http://www.sfisd.net/apps/pages/index.jsp?uREC_ID=1473130&amp;type=d&amp;pREC_ID=1625729 (a school district reproducing the
    /// service's "how it works": "Text HOME to 741741 from anywhere in the USA, anytime, about any type of crisis") and
    /// https://resources.penniesforpoverty.org/resources/crisis-text-line/ (quoting the service: "Your opening message can
    /// say anything: The opt-in words you see advertised ... just help us know where people are learning about us").
    /// So HOME is an opt-in word; any first message reaches the service.
    /// </summary>
    private static readonly CrisisLine UsCrisisTextLine = new(
        "Crisis Text Line", "Text HOME to 741741, any time.", "sms:741741?body=HOME", CrisisLineKind.TextLine);

    /// <summary>
    /// 911. OFFICIAL PAGE (the federal regulator; 911 is answered by local centres, so no single service page exists):
    /// https://www.fcc.gov/text-to-911 (FCC: "In an emergency, always make a voice call to 911 if possible"). Also on
    /// health.wyo.gov (above): "If you or someone you know is in immediate danger of harming themselves, please call 911."
    /// </summary>
    private static readonly CrisisLine Us911 = new(
        "Emergency services", "If you are in danger now, call 911 or go to the nearest emergency room.", "tel:911",
        CrisisLineKind.Emergency);

    // ---- Canada --------------------------------------------------------------------------------------------------

    /// <summary>
    /// 9-8-8: Suicide Crisis Helpline. SECONDARY ONLY: the service's own page (988.ca) was not in the stored pages.
    /// Checked on the Government of Canada's launch release (the service's funder), 2023-11-30, as carried by
    /// https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html
    /// ("9-8-8 ... is now available to call or text, in English and French, 24 hours a day and seven days a week, across
    /// Canada"); and https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/ (Mental Health Commission of
    /// Canada: "you can call or text 988 at any time").
    /// </summary>
    private static readonly CrisisLine Ca988 = new(
        "9-8-8: Suicide Crisis Helpline", "Call or text 988, any time, day or night.", "tel:988", CrisisLineKind.CrisisLine);

    /// <summary>
    /// 911. SECONDARY ONLY: https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/ ("If it is an emergency,
    /// call 9-1-1 or go to your local emergency department"). No Canadian government page on 911 was in the stored pages.
    /// </summary>
    private static readonly CrisisLine Ca911 = new(
        "Emergency services", "If you are in danger now, call 911 or go to the nearest emergency department.", "tel:911",
        CrisisLineKind.Emergency);

    // ---- United Kingdom ------------------------------------------------------------------------------------------

    /// <summary>
    /// Samaritans (UK). SERVICE'S OWN PAGE: https://www.samaritans.org/how-we-can-help/contact-samaritan/ ("This number
    /// is free to call from both landlines and mobiles, including pay-as-you-go mobiles ... to call 116 123") and
    /// https://www.samaritans.org/news/samaritans-in-northern-ireland-answer-one-million-calls-during-10-years-of-freephone
    /// ("the helpline remains open 24 hours a day, seven days a week"). Also on nhs.uk, "Dealing with a mental health crisis
    /// or emergency": "The Samaritans operate a free to call service 24 hours a day, 365 days a year ... Call them on 116 123."
    /// </summary>
    private static readonly CrisisLine GbSamaritans = new(
        "Samaritans", "Call 116 123 for free, any time, day or night.", "tel:116123", CrisisLineKind.CrisisLine);

    /// <summary>
    /// Shout. SERVICE'S OWN PAGE: https://giveusashout.org/about-us/faq/ (stored copy "Last updated 4 November 2024":
    /// "Shout is a free, 24/7 text messaging mental health support service"; "An individual will text 'SHOUT' or another
    /// partner keyword to '85258'"; "Anyone of any age, who is a resident in the UK, can text the service").
    /// </summary>
    private static readonly CrisisLine GbShout = new(
        "Shout", "Text SHOUT to 85258, any time.", "sms:85258?body=SHOUT", CrisisLineKind.TextLine);

    /// <summary>
    /// NHS 111, mental health option (England). PARTLY VERIFIED. 111 for urgent care that is not life-threatening is on the
    /// NHS's own page, https://www.nhs.uk/using-the-nhs/nhs-services/mental-health-services/dealing-with-a-mental-health-crisis-or-emergency/
    /// ("You can call NHS 111 if you or someone you know requires urgent care, but it is not life-threatening"), but the
    /// stored copy of that page predates the mental health option. The option itself is only on NHS trust pages:
    /// https://www.lpft.nhs.uk/contact-us/need-help-now ("calling NHS 111 and selecting the mental health option",
    /// "24 hours a day, 7 days a week") and https://tewv.nhs.uk/services/crisis-advice ("call NHS 111 and select the
    /// mental health option (2)"). "OPTION 2" IS NOT CONFIRMED on the NHS's own page as of 2026-12, and NHS sources
    /// disagree: https://www.oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111 (3 May 2023) says "Instead
    /// of selecting 'option 2', people calling the service will be asked to 'choose the mental health option'". So the
    /// instruction names the option, not its number. England only: whether 111 offers the same in Scotland, Wales and
    /// Northern Ireland was not checked, so the instruction says England.
    /// </summary>
    private static readonly CrisisLine GbNhs111 = new(
        "NHS 111 (England)", "In England, call 111 and choose the mental health option, any time, day or night.", "tel:111",
        CrisisLineKind.HealthAdvice);

    /// <summary>
    /// 999. SECONDARY (NHS trusts and Shout, not nhs.uk itself): https://www.lpft.nhs.uk/contact-us/need-help-now ("please
    /// call 999 or go to the emergency department"); http://www.nwbh.nhs.uk/contactus/Pages/Help-in-a-crisis.aspx ("For
    /// all life threatening emergencies, call 999 or visit your local A&amp;E department"); https://giveusashout.org/about-us/faq/
    /// ("Please always call 999 if your life is at imminent risk").
    /// </summary>
    private static readonly CrisisLine Gb999 = new(
        "Emergency services", "If you are in danger now, call 999 or go to A&E.", "tel:999", CrisisLineKind.Emergency);

    // ---- Ireland -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Samaritans (Ireland). PARTLY OWN PAGE. samaritans.org serves the UK and Ireland; its contact page (see
    /// <see cref="GbSamaritans"/>) gives 116 123 as free to call, and its Irish release
    /// https://www.samaritans.org/news/samaritans-ireland-responds-one-call-help-every-minute-last-year (2015-12-16) speaks
    /// of "its free helpline" introduced "in March 2014", but the stored copy does not print the number. That the Irish
    /// number is 116 123 is SECONDARY: https://www.irishhealthpro.com/content/news/show/name/big-jump-in-calls-to-samaritans-since-2014
    /// ("launch a free helpline number - 116 123"; "24 hours a day") and http://www.newstalk.com/reader/47.301/69999/0/
    /// ("anyone on the island of Ireland can call at no cost").
    /// </summary>
    private static readonly CrisisLine IeSamaritans = new(
        "Samaritans", "Call 116 123 for free, any time, day or night.", "tel:116123", CrisisLineKind.CrisisLine);

    /// <summary>
    /// 50808. SECONDARY ONLY: the service's own page (50808.ie) was not in the stored pages. Checked on
    /// https://www.irishexaminer.com/news/arid-31005605.html ("A free, anonymous, 24/7 text messaging service"; "the 50808
    /// text-based service has been launched nationally") and https://avondhupress.ie/live-saving-innovative-24-7-text-service-launches-in-ireland/
    /// ("funded by the HSE ... a free 24/7 text service"). THE KEYWORD "HELLO" IS NOT CONFIRMED on the service's own page
    /// as of 2026-12: launch coverage names another word (https://todayfm.com/news/247-mental-health-text-support-service-officially-launched-1031466:
    /// "by texting "TALK" to 50808"). 50808 is Ireland's Crisis Text Line service
    /// (https://www.irishexaminer.com/breakingnews/ireland/professional-help-just-a-text-away-with-247-crisis-line-973107.html:
    /// "The chief executive of Crisis Text Line Ireland is Ian Power"), and on that model any first message starts a
    /// conversation (see <see cref="UsCrisisTextLine"/>; the UK affiliate, https://www.crisistextline.uk/how-it-works/:
    /// "Your opening message can say anything"). That 50808 itself accepts any word is inferred, not confirmed. So the
    /// instruction says any word will do, and HELLO only pre-fills the message.
    /// </summary>
    private static readonly CrisisLine Ie50808 = new(
        "50808", "Text 50808 any time. You can start with any word, such as HELLO.", "sms:50808?body=HELLO",
        CrisisLineKind.TextLine);

    /// <summary>
    /// 112 or 999. OFFICIAL PAGE (the HSE, which runs the National Ambulance Service):
    /// https://www2.hse.ie/emergencies/when-to-call-112-or-999/ ("There are two emergency numbers in Ireland — 112 and 999.
    /// Both are free of charge to call"; "112 also works in any EU country and from any phone"). The contact dials 112.
    /// </summary>
    private static readonly CrisisLine Ie112 = new(
        "Emergency services", "If you are in danger now, call 112 or 999.", "tel:112", CrisisLineKind.Emergency);

    // ---- Australia -----------------------------------------------------------------------------------------------

    /// <summary>
    /// Lifeline. SERVICE'S OWN NETWORK, NOT ITS NATIONAL SITE: lifeline.org.au was not in the stored pages; checked on a
    /// Lifeline centre's page, https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/ ("What happens when I call
    /// 13 11 14?"; "the 24-hour crisis line"; "Calls to Lifeline made from a mobile phone are free. Calls to Lifeline made
    /// from a landline are charged at the cost of a local call"), and https://wa.lifeline.org.au/resources/helpful-articles/what-happens-when-you-call-13-11-14/
    /// (Lifeline WA: "We are here by choice, 24 hours a day"). Not "free" in the instruction, because landline calls are not.
    /// </summary>
    private static readonly CrisisLine AuLifeline = new(
        "Lifeline", "Call 13 11 14, any time, day or night.", "tel:131114", CrisisLineKind.CrisisLine);

    /// <summary>
    /// Triple Zero (000). OFFICIAL PAGES (state and territory governments; triplezero.gov.au was not in the stored pages):
    /// https://nt.gov.au/emergency/emergencies/calling-000 ("Calling 000 is the quickest way to get the right emergency
    /// service to help you") and https://www.esta.vic.gov.au/what-emergency (Victoria's Emergency Services
    /// Telecommunications Authority: "call triple zero if you need police, fire or ambulance"). Lifeline's page above also
    /// says "If you are in immediate danger call 000".
    /// </summary>
    private static readonly CrisisLine Au000 = new(
        "Emergency services", "If you are in danger now, call Triple Zero (000).", "tel:000", CrisisLineKind.Emergency);

    // ---- New Zealand ---------------------------------------------------------------------------------------------

    /// <summary>
    /// 1737, Need to talk? SECONDARY ONLY: the service's own page (1737.org.nz) was not in the stored pages. Checked on
    /// https://www.pegasus.health.nz/?p=6300 (Q&amp;A with Whakarongorau Aotearoa's consulting psychiatrist: "It's completely
    /// free to call and text and available 24 hours a day, 7 days a week"; "call or text 1737 to connect with a trained
    /// counsellor") and http://www.scoop.co.nz/stories/PA1706/S00527/single-phone-number-to-access-support-services.htm (the
    /// Minister of Health's 2017 launch release: "Need to talk? 1737 is free to call or text from any landline or mobile
    /// phone, 24 hours a day, 7 days a week").
    /// </summary>
    private static readonly CrisisLine Nz1737 = new(
        "1737, Need to talk?", "Call or text 1737, any time, day or night.", "tel:1737", CrisisLineKind.CrisisLine);

    /// <summary>
    /// 111. OFFICIAL PAGE (NZ Police): https://www.police.govt.nz/contact-us/calling-emergency-111 ("For emergencies call
    /// 111"; "111 calls are free. You can call this number on a mobile phone even if the phone is out of credit"; "a Spark
    /// operator will answer your call and ask which emergency service you want - Fire, Ambulance or Police").
    /// </summary>
    private static readonly CrisisLine Nz111 = new(
        "Emergency services", "If you are in danger now, call 111.", "tel:111", CrisisLineKind.Emergency);

    // Declared after the lines: static fields initialise in the order they are written.
    private static readonly FrozenDictionary<string, IReadOnlyList<CrisisLine>> Catalogue =
        new Dictionary<string, CrisisLine[]>
        {
            ["US"] = [Us988, UsCrisisTextLine, Us911],
            ["CA"] = [Ca988, Ca911],
            ["GB"] = [GbSamaritans, GbShout, GbNhs111, Gb999],
            ["IE"] = [IeSamaritans, Ie50808, Ie112],
            ["AU"] = [AuLifeline, Au000],
            ["NZ"] = [Nz1737, Nz111],
        }.ToFrozenDictionary(c => c.Key, c => (IReadOnlyList<CrisisLine>)Array.AsReadOnly(c.Value), StringComparer.Ordinal);

    /// <summary>
    /// The canonical (upper-case ISO 3166-1 alpha-2) codes the catalogue holds. The set compares without regard to case;
    /// it does not list the alias <c>UK</c>, which <see cref="IsSupported"/> and <see cref="For(string?)"/> also accept.
    /// </summary>
    public static IReadOnlySet<string> SupportedCountries { get; } = Catalogue.Keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The canonical code for a country code in any case with surrounding spaces (" gb " is "GB"), or null when the
    /// catalogue does not hold it. <c>UK</c> is read as <c>GB</c>: ISO 3166-1 reserves it for the United Kingdom, and
    /// people type it.
    /// </summary>
    public static string? Canonical(string? code)
    {
        var value = code?.Trim().ToUpperInvariant();
        if (value == "UK")
        {
            value = "GB";
        }

        return value is { Length: 2 } && Catalogue.ContainsKey(value) ? value : null;
    }

    /// <summary>Whether the catalogue holds lines for this country code (case-insensitive; <c>UK</c> counts as <c>GB</c>).</summary>
    public static bool IsSupported(string? code) => Canonical(code) is not null;

    /// <summary>
    /// The country's lines, emergency line last; empty (never an exception) when the country is not supported, in which case
    /// show <see cref="NoLinesForCountry"/>.
    /// </summary>
    public static IReadOnlyList<CrisisLine> For(string? country) =>
        Canonical(country) is { } code ? Catalogue[code] : [];

    /// <summary>
    /// The country's lines with an organisation's own lines (from <see cref="CrisisLine.CreateLocal"/> or
    /// <see cref="CrisisLine.CreateLocalSet"/>) placed after the national lines and before the emergency line, so the
    /// emergency line stays last. To keep exactly one emergency number and never fail while a client needs help, it
    /// quietly leaves out entries that are not <see cref="CrisisLineKind.Local"/>, entries whose contact a national line
    /// already has, and any beyond <see cref="CrisisLine.MaxLocalLines"/>. For an unsupported country only the
    /// organisation's lines are returned.
    /// </summary>
    public static IReadOnlyList<CrisisLine> For(string? country, IReadOnlyList<CrisisLine> localLines)
    {
        var national = For(country);
        var contacts = new HashSet<string>(national.Select(l => l.Contact), StringComparer.OrdinalIgnoreCase);
        var local = localLines.Where(l => l.Kind == CrisisLineKind.Local && contacts.Add(l.Contact))
            .Take(CrisisLine.MaxLocalLines)
            .ToList();
        var lines = new List<CrisisLine>(national.Count + local.Count);
        lines.AddRange(national.Where(l => l.Kind != CrisisLineKind.Emergency));
        lines.AddRange(local);
        lines.AddRange(national.Where(l => l.Kind == CrisisLineKind.Emergency));
        return lines.AsReadOnly();
    }

    /// <summary>The country's emergency line, or null when the country is not supported.</summary>
    public static CrisisLine? EmergencyFor(string? country) =>
        For(country).SingleOrDefault(l => l.Kind == CrisisLineKind.Emergency);
}
