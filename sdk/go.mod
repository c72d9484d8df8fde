module github.com/tidb-dms/tidb-dms/sdk

go 1.22

require (
	github.com/blang/semver v3.5.1+incompatible
	github.com/pulumi/pulumi/sdk/v3 v3.165.0
)
