using ClinicalPortal.Domain.Common;

namespace ClinicalPortal.Domain.Tests.Alerts;

public sealed class ResultTests
{
    private static readonly Error Broken = Error.Rule("thing.broken", "It broke.");

    [Fact]
    public void Success_CarriesTheValue_AndNoError()
    {
        var result = Result<int>.Success(42);
        Assert.True(result.IsSuccess);
        Assert.Equal(42, result.Value);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Failure_CarriesTheError_AndRefusesAValue()
    {
        var result = Result<int>.Failure(Broken);
        Assert.False(result.IsSuccess);
        Assert.Same(Broken, result.Error);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void ImplicitConversions_MakeSuccessFromAValue_AndFailureFromAnError()
    {
        Result<string> ok = "fine";
        Result<string> failed = Broken;
        Assert.Equal((true, "fine"), (ok.IsSuccess, ok.Value));
        Assert.Equal((false, "thing.broken"), (failed.IsSuccess, failed.Error!.Code));
    }

    [Fact]
    public void Success_OfNull_IsStillASuccess()
    {
        Result<string?> result = (string?)null;
        Assert.True(result.IsSuccess);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Map_TransformsASuccess()
    {
        var mapped = Result<int>.Success(20).Map(v => v + 1);
        Assert.Equal((true, 21), (mapped.IsSuccess, mapped.Value));
    }

    [Fact]
    public void Map_PassesAFailureOn_WithoutCallingTheMapping()
    {
        var called = false;
        var mapped = Result<int>.Failure(Broken).Map(v =>
        {
            called = true;
            return v.ToString();
        });
        Assert.False(called);
        Assert.Same(Broken, mapped.Error);
    }

    [Fact]
    public void Failure_IsReachableThroughTheGenericInterface()
    {
        static TResult Fail<TResult>(Error error) where TResult : IFailable<TResult> => TResult.Failure(error);
        IOutcome outcome = Fail<Result<Unit>>(Broken);
        Assert.Equal((false, "thing.broken"), (outcome.IsSuccess, outcome.Error!.Code));
    }
}
