// Package tidbdms exports types, functions, subpackages for provisioning tidbdms resources.
//
// Everything AWS DMS needs on AWS to reach a TiDB Cloud cluster (Starter, Essential or Dedicated) as a source or target endpoint, as one component: VPC and networking for a public endpoint, AWS PrivateLink or VPC peering, a DMS replication instance or DMS Serverless, the CA certificate, the TiDB endpoint and an optional replication task.
package tidbdms
