namespace FamilyBridge.Tests.Notifications;

/// <summary>Test classes that share one running site and SMTP server (starting a site costs seconds).</summary>
[CollectionDefinition(OutboxSiteFixture.Collection)]
public sealed class OutboxSiteCollection : ICollectionFixture<OutboxSiteFixture>;
