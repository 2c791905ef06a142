using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class ActorTests
{
    [Fact]
    public void Person_IsAUser_AndNoSystem()
    {
        var user = UserId.New();
        var actor = Actor.Person(user);
        Assert.Equal((user, (string?)null), (actor.User!.Value, actor.System));
        Assert.Equal(user.ToString(), actor.ToString());
    }

    [Fact]
    public void Of_IsASystem_AndNoUser()
    {
        var actor = Actor.Of("system:escalation");
        Assert.Equal(((UserId?)null, "system:escalation"), (actor.User, actor.System));
        Assert.Equal("system:escalation", actor.ToString());
    }

    [Fact]
    public void Nobody_IsShownAsUnknown() => Assert.Equal("unknown", default(Actor).ToString());

    [Fact]
    public void Actors_AreEqualByValue()
    {
        var user = UserId.New();
        Assert.Equal(Actor.Person(user), Actor.Person(user));
        Assert.NotEqual(Actor.Person(user), Actor.Person(UserId.New()));
        Assert.Equal(Actor.Of("system:a"), Actor.Of("system:a"));
    }
}
