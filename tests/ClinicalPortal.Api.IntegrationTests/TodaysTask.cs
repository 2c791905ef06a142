namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>A practice test's starting point: the clinician's and the client's HTTP clients and the client's task of today.</summary>
public sealed record TodaysTask(HttpClient Clinician, HttpClient Client, Guid Task) : IDisposable
{
    public void Dispose()
    {
        Clinician.Dispose();
        Client.Dispose();
    }
}
