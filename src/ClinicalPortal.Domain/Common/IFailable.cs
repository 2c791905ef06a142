namespace ClinicalPortal.Domain.Common;

public interface IFailable<TSelf> : IOutcome where TSelf : IFailable<TSelf>
{
    static abstract TSelf Failure(Error error);
}
