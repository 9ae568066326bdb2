using System.ComponentModel.DataAnnotations;

namespace FamilyBridge.Discovery.Models;

/// <summary>A reader's report of a mistake or an out-of-date fact on a page.</summary>
public sealed class ProblemReportInput
{
    [Display(Name = "Which page? (optional)")]
    [StringLength(300, ErrorMessage = "Keep the page address to 300 characters or fewer.")]
    public string? Page { get; set; }

    [Required(ErrorMessage = "Tell us what is wrong, so an editor can check it.")]
    [StringLength(2000, ErrorMessage = "Keep the report to 2,000 characters or fewer.")]
    [Display(Name = "What is wrong?")]
    public string Problem { get; set; } = "";

    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com, or leave it empty.")]
    [StringLength(254, ErrorMessage = "Keep the email address to 254 characters or fewer.")]
    [Display(Name = "Your email, if you would like a reply (optional)")]
    public string? Email { get; set; }
}
