using System.Reflection;
using NetArchTest.Rules;

namespace ClinicalPortal.ArchitectureTests;

/// <summary>Dependencies run one way: Domain &lt;- Application &lt;- Infrastructure &lt;- Api. These fail the build of a change that breaks it.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(ClinicalPortal.Domain.Clients.Client).Assembly;
    private static readonly Assembly Application = typeof(ClinicalPortal.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(ClinicalPortal.Infrastructure.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    [Fact]
    public void Domain_DependsOnNoOtherLayerAndNoFramework()
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "ClinicalPortal.Application", "ClinicalPortal.Infrastructure", "ClinicalPortal.Api",
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Mediator", "FluentValidation").GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Application_DependsNeitherOnInfrastructureNorOnTheWeb()
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(
            "ClinicalPortal.Infrastructure", "ClinicalPortal.Api", "Microsoft.AspNetCore", "Npgsql", "OpenIddict", "MailKit").GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Infrastructure_DoesNotDependOnApi()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("ClinicalPortal.Api").GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Assemblies_ReferenceOnlyTheLayerBelow()
    {
        static string[] Refs(Assembly a) => a.GetReferencedAssemblies()
            .Select(r => r.Name!).Where(n => n.StartsWith("ClinicalPortal.", StringComparison.Ordinal)).Order().ToArray();
        Assert.Empty(Refs(Domain));
        Assert.Equal(["ClinicalPortal.Domain"], Refs(Application));
        Assert.DoesNotContain("ClinicalPortal.Api", Refs(Infrastructure));
        Assert.Contains("ClinicalPortal.Infrastructure", Refs(Api));
    }

    [Fact]
    public void Handlers_AreSealed_AndLiveInTheApplicationLayer()
    {
        var handlers = Types.InAssemblies([Domain, Application, Infrastructure, Api])
            .That().HaveNameEndingWith("Handler").And().AreClasses().GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.Namespace == "Mediator")).ToList();
        Assert.NotEmpty(handlers);
        Assert.All(handlers, h =>
        {
            Assert.True(h.IsSealed, $"{h.Name} should be sealed");
            Assert.Equal(Application, h.Assembly);
        });
    }

    [Fact]
    public void EveryRequest_IsAudited()
    {
        var requests = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType &&
                i.GetGenericTypeDefinition().FullName is "Mediator.ICommand`1" or "Mediator.IQuery`1"))
            .ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Contains(typeof(ClinicalPortal.Application.Common.Behaviors.IAudited), r.GetInterfaces()));
    }

    [Fact]
    public void EveryRequest_NamesTheRolesThatMaySendIt()
    {
        var requests = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType &&
                i.GetGenericTypeDefinition().FullName is "Mediator.ICommand`1" or "Mediator.IQuery`1"))
            .ToList();
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Contains(typeof(ClinicalPortal.Application.Common.Authorization.IAuthorized), r.GetInterfaces()));

        // The behaviours apply only where the response can carry a failure: a request whose response cannot would
        // pass the pipeline without its role check.
        Assert.All(requests, r =>
        {
            var response = r.GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition().FullName is "Mediator.ICommand`1" or "Mediator.IQuery`1")
                .GetGenericArguments()[0];
            Assert.True(response.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ClinicalPortal.Domain.Common.IFailable<>)),
                $"{r.Name} answers {response.Name}, which cannot carry a refusal");
        });
    }

    private static string Describe(NetArchTest.Rules.TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
