namespace TidbDms.Provider.Component;

/// <summary><c>notifications.*</c>: the SNS topic DMS event subscriptions send to.</summary>
internal sealed record NotificationsArgs(Input<string> SnsTopicArn);
