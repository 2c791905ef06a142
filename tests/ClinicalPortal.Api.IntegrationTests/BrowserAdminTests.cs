using Microsoft.Playwright;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>The administrator's pages under /app/admin in a real browser, signed in through the real login page.</summary>
[Trait("Kind", "Browser")]
public sealed class BrowserAdminTests(PortalApp app) : IAsyncLifetime
{
    private BrowserApp _browser = null!;

    private const int AuditPageSize = Pages.App.Admin.AuditModel.PageSize;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _browser = await BrowserApp.StartAsync(app);

    public async ValueTask DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task AnAdministrator_AddsAClinician_GivesThemASupervisor_AndDeactivatesThemWithAReason()
    {
        var org = await app.CreateOrgAsync();
        var admin = await _browser.SignInAsync(org.Admin);
        await admin.GetByRole(AriaRole.Link, new() { Name = "Administration: staff, escalation policy, audit trail" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Administration");
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-home-desktop");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Staff: add, deactivate, supervisors" }).ClickAsync();
        var email = $"dana.{org.Tag}@test.clinic";
        await admin.GetByLabel("E-mail").FillAsync(email);
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync("Dana New");
        await admin.GetByLabel("Clinician", new() { Exact = true }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add and send the invitation" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Dana New was added; an invitation was sent to {email}.");
        var row = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "Dana New" });
        await Assertions.Expect(row).ToContainTextAsync("Clinician");
        await Assertions.Expect(row).ToContainTextAsync("No supervisor");
        await Assertions.Expect(row).ToContainTextAsync("Active");
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM staff_members WHERE email = @e AND organization_id = @o AND role = 'Clinician' AND supervisor_id IS NULL AND deactivated_at IS NULL",
            ("e", email), ("o", org.Id)));
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-staff-desktop");

        await row.GetByRole(AriaRole.Link, new() { Name = "Dana New" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dana New");
        await admin.GetByLabel("Supervisor (clinicians only)").SelectOptionAsync(new SelectOptionValue { Label = "Supervisor " + org.Tag });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the supervisor" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Dana New's supervisor is now Supervisor {org.Tag}.");
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM staff_members WHERE email = @e AND supervisor_id = @s", ("e", email), ("s", org.Supervisor.Id)));
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-staff-member-desktop");

        await admin.GetByLabel("Reason (kept in the record)").FillAsync("Left for another practice");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate this person" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Dana New is deactivated and can no longer sign in.");
        await Assertions.Expect(admin.Locator("main dl")).ToContainTextAsync("Deactivated on");
        Assert.Equal(0, await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate this person" }).CountAsync());
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM staff_members WHERE email = @e AND deactivated_at IS NOT NULL AND deactivation_reason = 'Left for another practice' AND deactivated_by = @a",
            ("e", email), ("a", org.Admin.Id)));
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task DeactivatingAClinicianWithClients_IsRefusedInWords_AndChangesNothing_OnAPhone()
    {
        var org = await app.CreateOrgAsync();
        var admin = await _browser.SignInAsync(org.Admin, width: 360, height: 780);
        await admin.GotoAsync("/app/admin/staff");
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-staff-phone");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Clinician A " + org.Tag }).ClickAsync();
        await admin.GetByLabel("Reason (kept in the record)").FillAsync("Retiring");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate this person" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("2 client(s) are still on this clinician's caseload");
        await Assertions.Expect(admin.Locator("main dl")).ToContainTextAsync("Active");
        Assert.Equal(1, await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate this person" }).CountAsync());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM staff_members WHERE id = @c AND deactivated_at IS NULL", ("c", org.ClinicianA.Id)));
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-staff-refused-phone");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAdministrator_ChangesTheEscalationPolicy_AndSeesItInForce()
    {
        var org = await app.CreateOrgAsync();
        var admin = await _browser.SignInAsync(org.Admin);
        await admin.GotoAsync("/app/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Escalation policy for crisis alerts" }).ClickAsync();
        var inForce = admin.Locator("dl.policy");
        await Assertions.Expect(inForce).ToContainTextAsync("acknowledge within 15 minutes, then reach the client within 1 hour");
        await Assertions.Expect(inForce).ToContainTextAsync("Elevated alertacknowledge within 1 day");
        await BrowserChecks.AccessibleAsync(admin);

        await admin.GetByLabel("Imminent alert", new() { Exact = true }).FillAsync("10");
        await admin.GetByLabel("High alert", new() { Exact = true }).FillAsync("45");
        await admin.GetByLabel("Imminent alert: reach the client within").FillAsync("30");
        await admin.GetByLabel("Remind everyone again every (minutes)").FillAsync("5");
        await admin.GetByLabel($"Clinician A {org.Tag} (Clinician)").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the policy" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The escalation policy is saved.");
        await Assertions.Expect(inForce).ToContainTextAsync("Imminent alertacknowledge within 10 minutes, then reach the client within 30 minutes");
        await Assertions.Expect(inForce).ToContainTextAsync("High alertacknowledge within 45 minutes");
        await Assertions.Expect(inForce).ToContainTextAsync("Remind everyone again every (minutes)5 minutes");
        await Assertions.Expect(inForce).ToContainTextAsync("On callClinician A " + org.Tag);
        Assert.Equal("10", await admin.GetByLabel("Imminent alert", new() { Exact = true }).InputValueAsync());
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM organizations WHERE id = @o AND (escalation_policy->'acknowledgeWithinMinutes'->>'Imminent')::int = 10 " +
            "AND (escalation_policy->'acknowledgeWithinMinutes'->>'High')::int = 45 AND (escalation_policy->>'repeatEveryMinutes')::int = 5 " +
            "AND escalation_policy->'onCallUserIds' @> to_jsonb(ARRAY[@c::text])",
            ("o", org.Id), ("c", org.ClinicianA.Id.ToString())));
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-escalation-desktop");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAdministrator_AddsACrisisLine_ThatClientsSeeOnTheirHome_AndABadContactIsNamedBesideIt()
    {
        var org = await app.CreateOrgAsync();
        var admin = await _browser.SignInAsync(org.Admin);
        await admin.GotoAsync("/app/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Crisis lines your clients see" }).ClickAsync();
        await Assertions.Expect(admin.Locator("ul.lines")).ToContainTextAsync("988");

        var row = admin.GetByRole(AriaRole.Group, new() { Name = "Add a line (leave empty for none)" });
        await row.GetByLabel("Name").FillAsync("City crisis team");
        await row.GetByLabel("What to do").FillAsync("Call us day or night.");
        await row.GetByLabel("Contact (tel:, sms: or https://)").FillAsync("call 555");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the crisis lines" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#line0-contact-error")).ToContainTextAsync("The contact must be a tel: or sms: number");
        Assert.Equal("true", await admin.Locator("#line0-contact").GetAttributeAsync("aria-invalid"));
        Assert.Equal("City crisis team", await admin.Locator("#line0-name").InputValueAsync());
        Assert.Equal(1, await app.CountAsync("SELECT count(*) FROM organizations WHERE id = @o AND local_crisis_lines = '[]'::jsonb", ("o", org.Id)));
        await BrowserChecks.AccessibleAsync(admin);

        await admin.Locator("#line0-contact").FillAsync("tel:555-0100");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save the crisis lines" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The crisis lines are saved");
        Assert.Equal("City crisis team", await admin.Locator("#line0-name").InputValueAsync());
        Assert.Equal(1, await app.CountAsync(
            "SELECT count(*) FROM organizations WHERE id = @o AND jsonb_array_length(local_crisis_lines) = 1 AND local_crisis_lines::text LIKE '%City crisis team%'",
            ("o", org.Id)));
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-crisis-lines-desktop");
        await admin.Context.CloseAsync();

        var client = await _browser.SignInAsync(org.ClientA1, width: 360, height: 780);
        await Assertions.Expect(client.Locator(".crisis .lines")).ToContainTextAsync("City crisis team");
        await client.Context.CloseAsync();
    }

    [Fact]
    public async Task AnAdministrator_SearchesTheAuditTrailByClient_PagesOn_AndFindsTheChainIntact()
    {
        var org = await app.CreateOrgAsync();
        using (var clinician = await org.As(org.ClinicianA))
        {
            for (var i = 0; i < AuditPageSize + 1; i++)
            {
                using var read = await clinician.GetAsync($"/api/v1/clients/{org.ClientA1.Id}", Ct);
                Assert.True(read.IsSuccessStatusCode);
            }
        }

        await app.WaitUntilSealedAsync(org.Id);
        var admin = await _browser.SignInAsync(org.Admin);
        await admin.GotoAsync("/app/admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Audit trail: search and verify" }).ClickAsync();
        await admin.GetByLabel("Client id (optional)").FillAsync(org.ClientA1.Id.ToString());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();

        var rows = admin.Locator("table.audit tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(AuditPageSize);
        await Assertions.Expect(rows.Filter(new() { HasText = "client.read" })).ToHaveCountAsync(AuditPageSize);
        await Assertions.Expect(rows.First).ToContainTextAsync("Clinician A " + org.Tag);
        var lastOnFirstPage = long.Parse(await rows.Last.Locator("td").First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-audit-desktop");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(rows.First).ToContainTextAsync("client.read");
        var firstOnNextPage = long.Parse(await rows.First.Locator("td").First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(firstOnNextPage > lastOnFirstPage, $"{firstOnNextPage} follows {lastOnFirstPage}");
        Assert.Equal(org.ClientA1.Id.ToString(), await admin.GetByLabel("Client id (optional)").InputValueAsync());
        Assert.Equal(0, await admin.GetByRole(AriaRole.Link, new() { Name = "Next page" }).CountAsync());

        await admin.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The audit trail is intact:");
        await Assertions.Expect(rows.First).ToContainTextAsync(org.ClientA1.Id.ToString()); // the search stays on show
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-audit-verified-desktop");
        await admin.SetViewportSizeAsync(360, 780);
        await BrowserChecks.AccessibleAsync(admin);
        await BrowserChecks.ScreenshotAsync(admin, "admin-audit-phone");
        await admin.Context.CloseAsync();

        // The searches read the client's audit trail: that read is itself audited, with the client as its subject.
        Assert.True(await app.CountAsync(
            "SELECT count(*) FROM audit_events WHERE action = 'audit.read' AND actor_user_id = @a AND subject_client_id = @c AND outcome = 'Success'",
            ("a", org.Admin.Id), ("c", org.ClientA1.Id)) >= 2);
    }

    [Fact]
    public async Task StaffWhoAreNotAdministrators_GetA404OnEveryAdminPage_AndAnonymousVisitorsGoToSignIn()
    {
        var org = await app.CreateOrgAsync();
        string[] pages = ["/app/admin", "/app/admin/staff", $"/app/admin/staff/{org.ClinicianB.Id}", "/app/admin/escalation", "/app/admin/audit"];
        foreach (var person in new[] { org.ClinicianA, org.Supervisor })
        {
            var page = await _browser.SignInAsync(person);
            Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Administration: staff, escalation policy, audit trail" }).CountAsync());
            foreach (var address in pages)
            {
                Assert.Equal(404, (await page.GotoAsync(address))!.Status);
            }

            await page.Context.CloseAsync();
        }

        var context = await _browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _browser.BaseAddress.ToString() });
        context.SetDefaultTimeout((float)BrowserApp.Wait.TotalMilliseconds);
        var anonymous = await context.NewPageAsync();
        await anonymous.GotoAsync("/app/admin/staff");
        Assert.Equal("/account/login", new Uri(anonymous.Url).AbsolutePath);
        await context.CloseAsync();
    }

    [Fact]
    public async Task AnotherOrganisationsStaffMember_IsA404Page()
    {
        var org = await app.CreateOrgAsync();
        var elsewhere = await app.CreateOrgAsync();
        var admin = await _browser.SignInAsync(org.Admin);
        Assert.Equal(200, (await admin.GotoAsync($"/app/admin/staff/{org.ClinicianB.Id}"))!.Status);
        Assert.Equal(404, (await admin.GotoAsync($"/app/admin/staff/{elsewhere.ClinicianB.Id}"))!.Status);
        await admin.GotoAsync("/app/admin/staff");
        await Assertions.Expect(admin.Locator("main")).Not.ToContainTextAsync(elsewhere.Tag);
        await admin.Context.CloseAsync();
    }
}
