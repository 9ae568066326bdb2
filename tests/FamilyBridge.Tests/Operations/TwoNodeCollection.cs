namespace FamilyBridge.Tests.Operations;

/// <summary>The two-node tests share one cluster (starting two sites costs a minute); they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class TwoNodeCollection : ICollectionFixture<TwoNodeSite>
{
    public const string Name = "Two nodes";
}
