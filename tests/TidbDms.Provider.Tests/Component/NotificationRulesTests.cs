using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>notifications.*: reading, the topic ARN and the replication mode, with exact errors.</summary>
[TestFixture]
internal sealed class NotificationRulesTests
{
    private const string TopicArn = "arn:aws:sns:us-west-2:123456789012:dms-events";

    private static Inputs Starter => Inputs.Valid();

    [Test]
    public void TheTopicIsRead()
    {
        var args = InputCheck.Run(Starter.With("notifications.snsTopicArn", TopicArn).Build()).Args!;

        Assert.That(args.Notifications!.SnsTopicArn.Value, Is.EqualTo(TopicArn));
    }

    [Test]
    public void WithoutNotificationsThereAreNone()
    {
        Assert.That(InputCheck.Run(Starter.Build()).Args!.Notifications, Is.Null);
    }

    [TestCase("arn:aws:sns:us-west-2:123456789012:dms-events")]
    [TestCase("arn:aws-cn:sns:cn-north-1:123456789012:dms_events")]
    [TestCase("arn:aws:sns:us-west-2:123456789012:dms-events.fifo")]
    public void ATopicARNIsAccepted(string arn)
    {
        Assert.That(InputCheck.Run(Starter.With("notifications.snsTopicArn", arn).Build()).Errors, Is.Empty);
    }

    [TestCase("dms-events")]
    [TestCase("arn:aws:sqs:us-west-2:123456789012:dms-events")]
    [TestCase("arn:aws:sns:us-west-2:1234:dms-events")]
    [TestCase("arn:aws:sns:us-west-2:123456789012:dms events")]
    public void AMalformedTopicARNIsRefused(string arn)
    {
        var result = InputCheck.Run(Starter.With("notifications.snsTopicArn", arn).Build());

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new InputError(
                "notifications.snsTopicArn",
                arn,
                "must be an SNS topic ARN: 'arn:<partition>:sns:<region>:<account>:<topic>'",
                "Copy the topic's ARN from the Amazon SNS console, e.g. 'arn:aws:sns:us-west-2:123456789012:dms-events'"),
        }));
    }

    [Test]
    public void NotificationsWithoutATopicAreRefused()
    {
        var result = InputCheck.Run(Starter.With("notifications", PropertyValue.Object()).Build());

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new InputError(
                "notifications.snsTopicArn",
                null,
                "is required",
                "Set notifications.snsTopicArn to the ARN of the SNS topic DMS sends the events to ('arn:aws:sns:<region>:<account>:<topic>')"),
        }));
    }

    [Test]
    public void NotificationsAreRefusedWithServerless()
    {
        var result = InputCheck.Run(Starter
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.schemas", Inputs.Strings("app"))
            .With("replication.mode", "Serverless")
            .With("notifications.snsTopicArn", TopicArn)
            .Build());

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new InputError(
                "notifications",
                $"{{snsTopicArn: {TopicArn}}}",
                "applies to replication.mode 'Instance' only (mode is 'Serverless'): DMS event subscriptions cover replication instances and tasks, "
                + "not Serverless replications, which report their state changes to Amazon EventBridge only ('DMS Replication State Change')",
                "Remove notifications, and route the EventBridge events of source 'aws.dms' to the topic with an EventBridge rule; or set replication.mode to 'Instance'"),
        }));
    }

    [Test]
    public void AnUnknownTopicPlans()
    {
        var result = InputCheck.Run(Starter.With("notifications.snsTopicArn", PropertyValue.Computed).Build());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Args!.Notifications!.SnsTopicArn.IsKnown, Is.False);
    }
}
