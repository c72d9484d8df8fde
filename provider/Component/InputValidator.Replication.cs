using System.Globalization;

namespace TidbDms.Provider.Component;

/// <summary>replication.* rules: instance and Serverless settings and where they apply.</summary>
internal sealed partial class InputValidator
{
    /// <summary>The capacity units DMS Serverless accepts, as a message lists them: "1, 2, 4, …, 256 or 384".</summary>
    private static readonly string CapacityUnitsList =
        string.Join(", ", Limits.CapacityUnits[..^1].Select(Invariant)) + " or " + Invariant(Limits.CapacityUnits[^1]);

    private void InstanceClassIsWellFormed()
    {
        if (Usable("replication.mode") && _args.Replication.Mode == ReplicationMode.Instance
            && _args.Replication.InstanceClass.Is(c => !InstanceClass().IsMatch(c)))
        {
            Error(
                "replication.instanceClass",
                "must be a DMS replication instance class: 'dms.<family>.<size>'",
                $"Set replication.instanceClass to e.g. '{Defaults.InstanceClass}' (TiDB Cloud advises {Defaults.InstanceClass} or larger)");
        }
    }

    private void AllocatedStorageIsInRange()
    {
        if (Usable("replication.mode") && _args.Replication.Mode == ReplicationMode.Instance
            && _args.Replication.AllocatedStorage.Is(s => s is < Limits.MinAllocatedStorageGiB or > Limits.MaxAllocatedStorageGiB))
        {
            Error(
                "replication.allocatedStorage",
                $"must be between {Limits.MinAllocatedStorageGiB} and {Limits.MaxAllocatedStorageGiB} GiB",
                $"Set replication.allocatedStorage to a value in that range, e.g. {Defaults.AllocatedStorageGiB}");
        }
    }

    private void InstanceSettingsNeedInstanceMode()
    {
        if (!Usable("replication.mode") || _args.Replication.Mode != ReplicationMode.Serverless)
        {
            return;
        }

        var replication = _args.Replication;
        ModeMismatch("replication.instanceClass", replication.InstanceClass.Is(c => c != Defaults.InstanceClass), ReplicationMode.Instance);
        ModeMismatch("replication.allocatedStorage", replication.AllocatedStorage.Is(s => s != Defaults.AllocatedStorageGiB), ReplicationMode.Instance);
        ModeMismatch("replication.engineVersion", replication.EngineVersion?.IsKnown == true, ReplicationMode.Instance);
    }

    private void ServerlessSettingsNeedServerlessMode()
    {
        if (!Usable("replication.mode") || _args.Replication.Mode != ReplicationMode.Instance)
        {
            return;
        }

        var replication = _args.Replication;
        ModeMismatch("replication.minCapacityUnits", replication.MinCapacityUnits.Is(u => u != Defaults.MinCapacityUnits), ReplicationMode.Serverless);
        ModeMismatch("replication.maxCapacityUnits", replication.MaxCapacityUnits.Is(u => u != Defaults.MaxCapacityUnits), ReplicationMode.Serverless);
    }

    private void ModeMismatch(string path, bool isSet, ReplicationMode appliesTo)
    {
        if (isSet)
        {
            var mode = ContractEnums.ReplicationMode.ToWire(appliesTo);
            Error(
                path,
                $"applies to replication.mode '{mode}' only (mode is '{ModeName}')",
                $"Remove {path}, or set replication.mode to '{mode}'");
        }
    }

    private void CapacityUnitsAreAllowed()
    {
        if (!Usable("replication.mode") || _args.Replication.Mode != ReplicationMode.Serverless)
        {
            return;
        }

        Check("replication.minCapacityUnits", _args.Replication.MinCapacityUnits);
        Check("replication.maxCapacityUnits", _args.Replication.MaxCapacityUnits);

        void Check(string path, Input<int> units)
        {
            if (units.Is(u => !Limits.CapacityUnits.Contains(u)))
            {
                var nearest = Limits.CapacityUnits.FirstOrDefault(u => u >= units.Value, Limits.CapacityUnits[^1]);
                Error(
                    path,
                    $"must be one of {CapacityUnitsList} DCU",
                    $"Set {path} to one of those values, e.g. {nearest}");
            }
        }
    }

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

    private void CapacityUnitsAreOrdered()
    {
        var replication = _args.Replication;
        if (Usable("replication.mode") && replication.Mode == ReplicationMode.Serverless
            && replication.MinCapacityUnits.Is(Limits.CapacityUnits.Contains)
            && replication.MaxCapacityUnits.Is(Limits.CapacityUnits.Contains)
            && replication.MaxCapacityUnits.Value < replication.MinCapacityUnits.Value)
        {
            Error(
                "replication.maxCapacityUnits",
                $"must be at least replication.minCapacityUnits ({replication.MinCapacityUnits})",
                $"Raise replication.maxCapacityUnits to {replication.MinCapacityUnits} or more, or lower replication.minCapacityUnits");
        }
    }

    private void KmsKeyArnIsWellFormed()
    {
        if (_args.Replication.KmsKeyArn is { } arn && arn.Is(a => !KmsKeyArn().IsMatch(a)))
        {
            Error(
                "replication.kmsKeyArn",
                "must be a KMS key ARN ('arn:<partition>:kms:<region>:<account>:key/<id>') or alias ARN ('…:alias/<name>')",
                $"Copy the key's ARN from the AWS KMS console, e.g. 'arn:aws:kms:{ExampleRegion}:{ExampleAccount}:key/1234abcd-12ab-34cd-56ef-1234567890ab'");
        }
    }
}
