module github.com/tidb-dms/tidb-dms/examples/go-dedicated-vpc-peering

go 1.22

require (
	github.com/pulumi/pulumi/sdk/v3 v3.165.0
	github.com/tidb-dms/tidb-dms/sdk v0.1.0
)

// The SDK from this repository (module github.com/tidb-dms/tidb-dms/sdk in ../../sdk). Delete this line
// to use the published module (tag sdk/v0.1.0).
replace github.com/tidb-dms/tidb-dms/sdk => ../../sdk
