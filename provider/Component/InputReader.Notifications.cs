namespace TidbDms.Provider.Component;

/// <summary>Reads <c>notifications.*</c>.</summary>
internal sealed partial class InputReader
{
    private NotificationsArgs? ReadNotifications(Scope top) =>
        ReadObject(top, "notifications") is { } scope ? new NotificationsArgs(Required(scope, "snsTopicArn", ToText)) : null;
}
