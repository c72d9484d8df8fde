using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>notifications.* rules: the topic ARN, and the replication mode DMS event subscriptions cover.</summary>
internal sealed partial class InputValidator
{
    /// <summary>
    /// An SNS topic ARN: topic names are 1 to 256 letters, digits, hyphens and underscores, with
    /// <c>.fifo</c> for FIFO topics.
    /// </summary>
    [GeneratedRegex(@"^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SnsTopicArn();

    private void NotificationRules()
    {
        SnsTopicArnIsWellFormed();
        NotificationsNeedInstanceMode();
    }

    private void SnsTopicArnIsWellFormed()
    {
        if (_args.Notifications?.SnsTopicArn is { } arn && arn.Is(a => !SnsTopicArn().IsMatch(a)))
        {
            Error(
                "notifications.snsTopicArn",
                "must be an SNS topic ARN: 'arn:<partition>:sns:<region>:<account>:<topic>'",
                $"Copy the topic's ARN from the Amazon SNS console, e.g. 'arn:aws:sns:{ExampleRegion}:{ExampleAccount}:dms-events'");
        }
    }

    private void NotificationsNeedInstanceMode()
    {
        if (Usable("replication.mode", "notifications") && IsGivenAndKnown("notifications")
            && _args.Replication.Mode == ReplicationMode.Serverless)
        {
            Error(
                "notifications",
                $"applies to replication.mode 'Instance' only (mode is '{ModeName}'): DMS event subscriptions cover replication instances "
                + "and tasks, not Serverless replications, which report their state changes to Amazon EventBridge only ('DMS Replication State Change')",
                "Remove notifications, and route the EventBridge events of source 'aws.dms' to the topic with an EventBridge rule; or set replication.mode to 'Instance'");
        }
    }
}
