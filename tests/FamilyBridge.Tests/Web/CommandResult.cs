namespace FamilyBridge.Tests.Web;

/// <summary>A finished run of the site's executable.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error);
