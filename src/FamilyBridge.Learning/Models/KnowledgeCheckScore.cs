namespace FamilyBridge.Learning.Models;

/// <summary>The score of a reader's newest knowledge-check attempt on a lesson.</summary>
public sealed record KnowledgeCheckScore(int Correct, int Total);
