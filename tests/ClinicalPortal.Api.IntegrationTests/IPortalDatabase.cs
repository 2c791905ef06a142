using Npgsql;

namespace ClinicalPortal.Api.IntegrationTests;

/// <summary>A host whose database the tests read directly (<see cref="Db"/>).</summary>
public interface IPortalDatabase
{
    Task<NpgsqlConnection> OpenDbAsync();
}
