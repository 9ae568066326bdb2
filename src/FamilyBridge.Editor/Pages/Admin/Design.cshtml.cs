using FamilyBridge.Core.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyBridge.Editor.Pages.Admin;

/// <summary>
/// The living style guide: every component of the theme's design system (site.css), drawn from the same markup it
/// shows as code, with a line on when to use it. Nothing here reads or writes data; the samples are constants.
/// </summary>
[Authorize(Policy = AdminPolicies.Editor)]
public sealed class DesignModel : PageModel
{
    /// <summary>One component: its name (the section heading and anchor), when to use it, and the markup to copy.</summary>
    public sealed record Component(string Id, string Name, string Usage, string Markup);

    public IReadOnlyList<Component> Components { get; } =
    [
        new("text-fields", "Text fields",
            "Style comes from the plain elements: a label above (for= the input's id), an optional hint, a 16 px input at least 44 px tall. Wrap each in div.field for spacing; link the hint with aria-describedby.",
            """
            <div class="field">
                <label for="design-name">Your first name</label>
                <span class="hint" id="design-name-hint">Only the people in your circle see it.</span>
                <input id="design-name" name="name" type="text" autocomplete="given-name" aria-describedby="design-name-hint">
            </div>
            """),
        new("select-textarea", "Select and text area",
            "Selects and text areas follow the same rules as inputs. Keep select lists short; a long list needs a search or a sensible default.",
            """
            <div class="field">
                <label for="design-kind">Kind of update</label>
                <select id="design-kind" name="kind">
                    <option>Check-in</option>
                    <option>Note</option>
                    <option>Meeting</option>
                </select>
            </div>
            <div class="field">
                <label for="design-note">Note</label>
                <textarea id="design-note" name="note" rows="4"></textarea>
            </div>
            """),
        new("grouped-fields", "Grouped fields",
            "Radio buttons and check boxes that answer one question sit in a fieldset whose legend is the question. The fieldset has no border; each choice is a label wrapping its input, 44 px tall.",
            """
            <fieldset>
                <legend>Who can see this update?</legend>
                <label><input type="radio" name="design-audience" value="all" checked> Everyone in the circle</label>
                <label><input type="radio" name="design-audience" value="some"> Only the people I choose</label>
            </fieldset>
            <fieldset>
                <legend>Email me when</legend>
                <label><input type="checkbox" name="design-mail" value="replies"> Someone replies</label>
                <label><input type="checkbox" name="design-mail" value="milestones"> A milestone is reached</label>
            </fieldset>
            <div class="choice">
                <input type="checkbox" id="design-agree" name="agree" value="true">
                <label for="design-agree">A single check box with its label after it: wrap both in div.choice.</label>
            </div>
            """),
        new("errors", "Error summary and field errors",
            "After a failed post, put div.error-summary with role=\"alert\" first in the form: a heading and one link per problem, pointing at the field's id. Give the field's wrapper has-error, the message p.field-error (with an id) between label and input, and the input aria-invalid=\"true\" and aria-describedby the message. Keep what was typed. ASP.NET's asp-validation-summary and asp-validation-for output is styled the same way.",
            """
            <div class="error-summary" role="alert" tabindex="-1">
                <h2>There is a problem</h2>
                <ul>
                    <li><a href="#design-email">Enter an email address like name@example.com</a></li>
                </ul>
            </div>
            <div class="field has-error">
                <label for="design-email">Email address</label>
                <p class="field-error" id="design-email-error"><span class="visually-hidden">Error:</span> Enter an email address like name@example.com</p>
                <input id="design-email" name="email" type="email" value="sam@" aria-invalid="true" aria-describedby="design-email-error">
            </div>
            """),
        new("status", "Status messages",
            "After something works (\"Saved.\"), show p.status with role=\"status\" at the top of the page: a tick on a green band, so it reads as a message, not content. status-info is for neutral news, status-warning for something to check.",
            """
            <p class="status" role="status">Saved.</p>
            <p class="status status-info" role="status">Your invitation link works for 7 days.</p>
            <p class="status status-warning" role="status">This update is only visible to you.</p>
            """),
        new("buttons", "Buttons",
            "A button element is the primary kind. Add button-secondary for the other choices and button-danger for actions that remove something (ask first on a confirmation page). A link that looks like a button is a.button. link-button is a button that looks like a link (Sign out). Every kind is at least 44 px tall; put a group in div.form-actions.",
            """
            <div class="form-actions">
                <button type="button">Save</button>
                <button type="button" class="button-secondary">Cancel</button>
                <button type="button" class="button-danger">Remove Ana</button>
                <a class="button button-secondary" href="#buttons">A link styled as a button</a>
                <button type="button" class="link-button">A button styled as a link</button>
            </div>
            """),
        new("cards", "Cards",
            "A card is a bordered surface for one item in a list (a lesson, an update). Lay cards out with ul.card-grid (add card-grid-2 for two columns on wide screens); put the card's links and buttons in div.card-actions.",
            """
            <ul class="card-grid card-grid-2">
                <li class="card">
                    <h3 class="card-title"><a href="#cards">What a substance use disorder is</a> <span class="done-mark">Done</span></h3>
                    <p>Ten minutes. Why it is a health condition, not a choice or a failure.</p>
                </li>
                <li class="card">
                    <h3 class="card-title"><a href="#cards">Stages of change and recovery</a></h3>
                    <p>Twelve minutes. How change usually happens, and where you fit in.</p>
                    <div class="card-actions"><a class="button button-secondary" href="#cards">Continue</a></div>
                </li>
            </ul>
            """),
        new("tabs", "Tabs",
            "Tabs are links to separate pages (each works without script), in a nav with its own label. The current page's link has aria-current=\"page\". They wrap onto a second line on a narrow phone rather than scroll.",
            """
            <nav class="tabs" aria-label="Example circle sections">
                <ul>
                    <li><a href="#tabs" aria-current="page">Updates</a></li>
                    <li><a href="#tabs">People</a></li>
                    <li><a href="#tabs">Checklist</a></li>
                    <li><a href="#tabs">Settings</a></li>
                </ul>
            </nav>
            """),
        new("tables", "Responsive tables",
            "Every table is full width with wrapping cells. Add table-stack and give each td a data-label (its column heading): under 40rem each row becomes a small card with labelled cells, so nothing scrolls sideways at 320 px. The first cell can be th scope=\"row\".",
            """
            <table class="table-stack">
                <caption>People who get emails</caption>
                <thead>
                    <tr><th scope="col">Name</th><th scope="col">What they get</th><th scope="col">Status</th><th scope="col">Actions</th></tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">Gran</th>
                        <td data-label="What they get">Milestones and check-ins</td>
                        <td data-label="Status">Waiting for their yes</td>
                        <td data-label="Actions"><a href="#tables">Change <span class="visually-hidden">Gran's emails</span></a></td>
                    </tr>
                </tbody>
            </table>
            """),
        new("progress", "Progress bar",
            "A native progress element named by the visible \"N of M\" text next to it (aria-labelledby). Always show the words; the bar only adds a picture of them.",
            """
            <div class="progress">
                <progress id="design-progress" max="4" value="3" aria-labelledby="design-progress-label">3 of 4</progress>
                <span class="progress-label" id="design-progress-label">3 of 4 lessons done</span>
            </div>
            """),
        new("done-mark", "Done mark",
            "span.done-mark with the word Done (or Completed) after a title: a green tick and the word, so it never relies on colour alone.",
            """
            <p>Talking with your loved one <span class="done-mark">Done</span></p>
            """),
        new("disclosure", "Disclosure",
            "details.disclosure opens more on demand and works without script; the summary says what opens. Put the content in a div.",
            """
            <details class="disclosure">
                <summary>Write an update</summary>
                <div><p>The full form goes here.</p></div>
            </details>
            """),
    ];
}
