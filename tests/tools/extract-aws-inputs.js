#!/usr/bin/env node
// Extracts Pulumi type tokens, input property names (+ required flags, types),
// output property names and referenced nested input types from the
// @pulumi/aws npm package's .d.ts/.js files.
//
// Usage: node tests/tools/extract-aws-inputs.js [path-to-@pulumi/aws] [outDir]
// Default package path: ./node_modules/@pulumi/aws ; outDir: .
//
// The test fixtures tests/TidbDms.Provider.Tests/Fixtures/pulumi-aws-7.48.0-inputs*.json are this
// script's output for @pulumi/aws 7.48.0 (renamed). To regenerate them:
//   npm pack @pulumi/aws@7.48.0 && tar xzf pulumi-aws-7.48.0.tgz
//   node tests/tools/extract-aws-inputs.js package /tmp/out
//   cp /tmp/out/aws-inputs.json tests/TidbDms.Provider.Tests/Fixtures/pulumi-aws-7.48.0-inputs.json
//   cp /tmp/out/aws-inputs-detailed.json tests/TidbDms.Provider.Tests/Fixtures/pulumi-aws-7.48.0-inputs-detailed.json
// A new child type or invoke is added to TARGETS first, so the name checks know its inputs.
//
// Writes:
//   <outDir>/aws-inputs.json           token -> {inputs:[...], required:[...]}
//   <outDir>/aws-inputs-detailed.json  token -> {kind, module, inputs:{name:{type,required,doc}},
//                                               outputs:{name:type}, nestedTypes:{...}}
'use strict';
const fs = require('fs');
const path = require('path');

const PKG = process.argv[2] || 'node_modules/@pulumi/aws';
const OUT = process.argv[3] || '.';

// kind: resource | invoke ; file: module path without extension ; name: class/function name
const TARGETS = [
  ['resource', 'ec2/vpc', 'Vpc'],
  ['resource', 'ec2/subnet', 'Subnet'],
  ['resource', 'ec2/internetGateway', 'InternetGateway'],
  ['resource', 'ec2/natGateway', 'NatGateway'],
  ['resource', 'ec2/eip', 'Eip'],
  ['resource', 'ec2/routeTable', 'RouteTable'],
  ['resource', 'ec2/route', 'Route'],
  ['resource', 'ec2/routeTableAssociation', 'RouteTableAssociation'],
  ['resource', 'ec2/securityGroup', 'SecurityGroup'],
  ['resource', 'ec2/securityGroupRule', 'SecurityGroupRule'],
  ['resource', 'vpc/securityGroupEgressRule', 'SecurityGroupEgressRule'],
  ['resource', 'vpc/securityGroupIngressRule', 'SecurityGroupIngressRule'],
  ['resource', 'ec2/vpcEndpoint', 'VpcEndpoint'],
  ['resource', 'ec2/vpcPeeringConnectionAccepter', 'VpcPeeringConnectionAccepter'],
  ['resource', 'dms/replicationSubnetGroup', 'ReplicationSubnetGroup'],
  ['resource', 'dms/replicationInstance', 'ReplicationInstance'],
  ['resource', 'dms/endpoint', 'Endpoint'],
  ['resource', 'dms/certificate', 'Certificate'],
  ['resource', 'dms/replicationTask', 'ReplicationTask'],
  ['resource', 'dms/replicationConfig', 'ReplicationConfig'],
  ['resource', 'iam/role', 'Role'],
  ['resource', 'iam/rolePolicyAttachment', 'RolePolicyAttachment'],
  // extra: DMS Serverless needs the AWSServiceRoleForDMSServerless service-linked role
  ['resource', 'iam/serviceLinkedRole', 'ServiceLinkedRole'],
  ['invoke', 'getAvailabilityZones', 'getAvailabilityZones'],
  ['invoke', 'getRegion', 'getRegion'],
  ['invoke', 'getCallerIdentity', 'getCallerIdentity'],
  ['invoke', 'getPartition', 'getPartition'],
  // extra: lets a component detect an existing account-wide `dms-vpc-role` before creating it
  ['invoke', 'iam/getRole', 'getRole'],
  // second release: notifications (DMS event subscriptions to an SNS topic)
  ['resource', 'dms/eventSubscription', 'EventSubscription'],
  // second release: bring your own VPC (subnets exist, lie in the VPC, span two zones; DNS flags)
  ['invoke', 'ec2/getSubnet', 'getSubnet'],
  ['invoke', 'ec2/getVpc', 'getVpc'],
  // second release: Secrets Manager access role's inline least-privilege policy
  ['resource', 'iam/rolePolicy', 'RolePolicy'],
];

function read(p) { return fs.readFileSync(path.join(PKG, p), 'utf8'); }

// Return the body (text between the braces) of `<prefix> {` ... matching `}`.
function blockAfter(text, headerRegex) {
  const m = headerRegex.exec(text);
  if (!m) return null;
  let i = text.indexOf('{', m.index + m[0].length - 1);
  let depth = 0;
  const start = i + 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '{') depth++;
    else if (c === '}') { depth--; if (depth === 0) return text.slice(start, i); }
  }
  return null;
}

// Parse the top-level (depth 0 within the body) members `readonly? name?: type;`
// together with the preceding JSDoc comment.
function parseMembers(body) {
  const members = [];
  let depthCurly = 0, depthAngle = 0, depthParen = 0, depthSquare = 0;
  let cur = '';
  let lastDoc = '';
  let i = 0;
  while (i < body.length) {
    // JSDoc / comments at depth 0
    if (depthCurly === 0 && depthAngle === 0 && depthParen === 0 && body.startsWith('/*', i)) {
      const end = body.indexOf('*/', i + 2);
      const doc = body.slice(i, end + 2);
      if (cur.trim() === '') lastDoc = doc;
      i = end + 2;
      continue;
    }
    if (body.startsWith('//', i) && depthCurly === 0) {
      const end = body.indexOf('\n', i);
      i = end < 0 ? body.length : end + 1;
      continue;
    }
    const c = body[i];
    if (c === '{') depthCurly++;
    else if (c === '}') depthCurly--;
    else if (c === '<') depthAngle++;
    else if (c === '>' && body[i - 1] !== '=') depthAngle--;
    else if (c === '(') depthParen++;
    else if (c === ')') depthParen--;
    else if (c === '[') depthSquare++;
    else if (c === ']') depthSquare--;
    if (c === ';' && depthCurly === 0 && depthAngle === 0 && depthParen === 0 && depthSquare === 0) {
      const decl = cur.trim();
      const mm = /^(?:readonly\s+)?(?:static\s+)?([A-Za-z_$][\w$]*)(\?)?\s*:\s*([\s\S]*)$/.exec(decl);
      if (mm) {
        members.push({
          name: mm[1],
          optional: !!mm[2],
          type: mm[3].replace(/\s+/g, ' ').trim(),
          doc: cleanDoc(lastDoc),
        });
      }
      cur = '';
      lastDoc = '';
    } else {
      cur += c;
    }
    i++;
  }
  return members;
}

function cleanDoc(doc) {
  if (!doc) return '';
  return doc.replace(/^\/\*\*?/, '').replace(/\*\/$/, '')
    .split('\n').map(l => l.replace(/^\s*\*\s?/, '')).join(' ')
    .replace(/\s+/g, ' ').trim();
}

// Strip pulumi.Input<...> / pulumi.Output<...> wrappers for readability.
function simplifyType(t) {
  let prev;
  do {
    prev = t;
    t = t.replace(/pulumi\.(Input|Output)<([^<>]*(?:<[^<>]*(?:<[^<>]*>[^<>]*)*>[^<>]*)*)>/g, '$2');
  } while (t !== prev);
  return t.replace(/\s+/g, ' ').replace(/\s*\|\s*undefined/g, '').trim();
}

// Nested types: parse types/input.d.ts namespaces lazily.
let INPUT_DTS = null;
const nsCache = {};
function namespaceBody(ns) {
  if (nsCache[ns] !== undefined) return nsCache[ns];
  if (INPUT_DTS === null) INPUT_DTS = read('types/input.d.ts');
  const body = blockAfter(INPUT_DTS, new RegExp(`export declare namespace ${ns} \\{`));
  nsCache[ns] = body;
  return body;
}
function resolveNested(ref, seen, out) {
  // ref like inputs.dms.EndpointMysqlSettings
  if (seen.has(ref)) return;
  seen.add(ref);
  const parts = ref.split('.');
  if (parts[0] !== 'inputs' || parts.length !== 3) return;
  const body = namespaceBody(parts[1]);
  if (!body) return;
  const ibody = blockAfter(body, new RegExp(`\\binterface ${parts[2]} \\{`));
  if (!ibody) return;
  const members = parseMembers(ibody);
  out[ref.replace(/^inputs\./, '')] = members.map(m => ({
    name: m.name, required: !m.optional, type: simplifyType(m.type), doc: m.doc,
  }));
  for (const m of members) {
    for (const r of (m.type.match(/inputs\.[a-z0-9]+\.[A-Za-z0-9]+/g) || [])) resolveNested(r, seen, out);
  }
}

const simple = {};
const detailed = {};
for (const [kind, file, name] of TARGETS) {
  const js = read(file + '.js');
  const dts = read(file + '.d.ts');
  let token;
  if (kind === 'resource') {
    const m = /static __pulumiType = '([^']+)'/.exec(js);
    token = m && m[1];
  } else {
    const m = /pulumi\.runtime\.invoke\("([^"]+)"/.exec(js);
    token = m && m[1];
  }
  if (!token) throw new Error('no token for ' + file);

  const argsName = kind === 'resource' ? `${name}Args` : `${name[0].toUpperCase()}${name.slice(1)}Args`;
  const argsBody = blockAfter(dts, new RegExp(`export interface ${argsName} \\{`));
  const inputs = argsBody ? parseMembers(argsBody) : [];

  let outputs = [];
  if (kind === 'resource') {
    const clsBody = blockAfter(dts, new RegExp(`export declare class ${name} extends pulumi\\.CustomResource \\{`));
    outputs = parseMembers(clsBody || '').filter(m => /pulumi\.Output</.test(m.type));
  } else {
    const resName = `${name[0].toUpperCase()}${name.slice(1)}Result`;
    const resBody = blockAfter(dts, new RegExp(`export interface ${resName} \\{`));
    outputs = parseMembers(resBody || '');
  }

  // Cross-checks against the generated JS constructor (guards the regex parser).
  const jsRequired = [...js.matchAll(/Missing required property '([^']+)'/g)].map(m => m[1]);
  const secretInputs = [...js.matchAll(/resourceInputs\["([^"]+)"\] = args\?\.[A-Za-z0-9_]+ \? pulumi\.secret\(/g)].map(m => m[1]);
  const aso = /additionalSecretOutputs: \[([^\]]*)\]/.exec(js);
  const additionalSecretOutputs = aso ? [...aso[1].matchAll(/"([^"]+)"/g)].map(m => m[1]) : [];
  if (kind === 'resource') {
    const dtsRequired = inputs.filter(m => !m.optional).map(m => m.name);
    const a = [...dtsRequired].sort().join(','), b = [...jsRequired].sort().join(',');
    if (a !== b) console.warn(`WARN ${token}: required mismatch d.ts=[${a}] js=[${b}]`);
    const jsInputs = new Set([...js.matchAll(/resourceInputs\["([^"]+)"\] = \(?args\?/g)].map(m => m[1]));
    for (const m of inputs) if (!jsInputs.has(m.name)) console.warn(`WARN ${token}: input ${m.name} not set in JS constructor`);
    for (const n of jsInputs) if (!inputs.find(m => m.name === n)) console.warn(`WARN ${token}: JS input ${n} missing from d.ts Args`);
  }

  // SDK-side defaults (`resourceInputs["x"] = (args?.x) ?? <default>;`). A provider that
  // registers by token without the SDK must apply these itself if it wants the same result.
  const sdkDefaults = Object.fromEntries([...js.matchAll(/resourceInputs\["([^"]+)"\] = \(args\?\.[A-Za-z0-9_]+\) \?\? ([^;]+);/g)].map(m => [m[1], m[2].trim()]));

  const nested = {};
  const seen = new Set();
  for (const m of inputs) {
    for (const r of (m.type.match(/inputs\.[a-z0-9]+\.[A-Za-z0-9]+/g) || [])) resolveNested(r, seen, nested);
  }

  simple[token] = {
    inputs: inputs.map(m => m.name),
    required: inputs.filter(m => !m.optional).map(m => m.name),
  };
  detailed[token] = {
    kind,
    module: file,
    argsInterface: argsBody ? argsName : null,
    inputs: Object.fromEntries(inputs.map(m => {
      const dep = /@deprecated\s*(.*)$/.exec(m.doc);
      const entry = { type: simplifyType(m.type), required: !m.optional, doc: m.doc };
      if (dep) entry.deprecated = dep[1] || true;
      return [m.name, entry];
    })),
    outputs: Object.fromEntries(outputs.map(m => [m.name, simplifyType(m.type)])),
    secretInputs,
    additionalSecretOutputs,
    sdkDefaults,
    nestedTypes: nested,
  };
}

const pkgVersion = JSON.parse(read('package.json')).version;
fs.mkdirSync(OUT, { recursive: true });
// aws-inputs.json holds only token -> {inputs, required} (no metadata keys), so consumers can
// iterate it directly; the package version is recorded in aws-inputs-detailed.json (`_source`).
fs.writeFileSync(path.join(OUT, 'aws-inputs.json'), JSON.stringify(simple, null, 2) + '\n');
fs.writeFileSync(path.join(OUT, 'aws-inputs-detailed.json'),
  JSON.stringify({ _source: `@pulumi/aws@${pkgVersion}`, ...detailed }, null, 2) + '\n');
console.log(`@pulumi/aws@${pkgVersion}: wrote ${Object.keys(simple).length} tokens to ${OUT}`);
