namespace FamilyBridge.Editor.Models;

public enum ScheduleAction
{
    Publish,
    Unpublish,
}
