'use strict';
/*
 * A carrier's provisioning script on a second, non-Java SOAP stack: node-soap (npm package "soap"),
 * driven by the WSDL the server publishes, against the strict contract. Run by NodeSoapIT:
 *
 *   node src/test/node/provision.js http://127.0.0.1:PORT/onenumber/ LOGIN PASSWORD
 *
 * It (a) adds an account with a RequestHeader in the contract's namespace carrying an idempotency key,
 * (b) sends the same AddAccount with the same key again and expects the ResponseHeader to say
 * replayed=true with the same account, (c) adds a site to that account, (d) sends a GetAccount whose
 * accountId is no xs:long and expects the fault INVALID_REQUEST naming accountId, with faultcode Client.
 * It prints one JSON line with the results and exits 0, or prints why not and exits 1.
 */
const crypto = require('crypto');
const soap = require('soap');

const NS = 'urn:onenumber:provisioning:v1';
const CALL_TIMEOUT_MS = 30000;

function fail(message, extra) {
  console.error('provision.js: ' + message + (extra ? '\n' + extra : ''));
  process.exit(1);
}

/** The text of a parsed element, whether node-soap gave it as a value or as {$value, attributes}. */
function text(value) {
  if (value !== null && typeof value === 'object' && '$value' in value) {
    return String(value.$value);
  }
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * Whether the element `local` inside the SOAP Header of `xml` is in the contract's namespace: its prefix
 * is bound to NS in the envelope, or it is unprefixed under a default namespace NS.
 */
function qualifiedInHeader(xml, local) {
  const header = /<(?:[\w.-]+:)?Header\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?Header>/.exec(xml);
  if (!header) {
    return false;
  }
  const element = new RegExp('<(?:([\\w.-]+):)?' + local + '\\b([^>]*)>').exec(header[1]);
  if (!element) {
    return false;
  }
  if (element[1]) {
    return xml.includes('xmlns:' + element[1] + '="' + NS + '"');
  }
  return element[2].includes('xmlns="' + NS + '"') || header[1].includes('xmlns="' + NS + '"');
}

function sendsKey(client, key) {
  const sent = client.lastRequest || '';
  if (!qualifiedInHeader(sent, 'RequestHeader') || !qualifiedInHeader(sent, 'idempotencyKey')
      || !sent.includes('>' + key + '<')) {
    fail('the request did not carry a RequestHeader with the idempotency key in ' + NS, sent);
  }
}

async function main() {
  const [base, login, password] = process.argv.slice(2);
  if (!base || !login || !password) {
    fail('usage: node provision.js BASE_URL LOGIN PASSWORD (BASE_URL like http://127.0.0.1:8080/onenumber/)');
  }
  const root = base.replace(/\/?$/, '/');
  const endpoint = root + 'ws/provisioning';

  // The WSDL (and the XSD it imports) are fetched anonymously; every call carries HTTP Basic.
  const client = await soap.createClientAsync(endpoint + '?wsdl', { wsdl_options: { timeout: CALL_TIMEOUT_MS } }, endpoint);
  client.setSecurity(new soap.BasicAuthSecurity(login, password));
  const call = { timeout: CALL_TIMEOUT_MS };

  // (a) AddAccount with an idempotency key in the RequestHeader
  const name = 'Node ' + crypto.randomUUID().slice(0, 8);
  const key = 'node-' + crypto.randomUUID();
  client.addSoapHeader({ RequestHeader: { idempotencyKey: key } }, '', 'on', NS);
  const [first, , firstHeader] = await client.AddAccountAsync({ name }, call);
  sendsKey(client, key);
  const accountId = text(first && first.account && first.account.accountId);
  if (!accountId || !/^\d+$/.test(accountId)) {
    fail('AddAccount answered no account id: ' + JSON.stringify(first), client.lastResponse);
  }
  const firstReplayed = text(firstHeader && firstHeader.ResponseHeader && firstHeader.ResponseHeader.replayed);
  if (firstReplayed !== 'false') {
    fail('the first AddAccount should not be a replay: ' + JSON.stringify(firstHeader), client.lastResponse);
  }

  // (b) the same request with the same key: the first answer again, marked as replayed
  const [second, , secondHeader] = await client.AddAccountAsync({ name }, call);
  sendsKey(client, key);
  const replayed = text(secondHeader && secondHeader.ResponseHeader && secondHeader.ResponseHeader.replayed);
  if (replayed !== 'true') {
    fail('the repeated AddAccount should say replayed=true: ' + JSON.stringify(secondHeader), client.lastResponse);
  }
  const replayedId = text(second && second.account && second.account.accountId);
  if (replayedId !== accountId) {
    fail('the replay answered account ' + replayedId + ', not ' + accountId, client.lastResponse);
  }

  // (c) AddSite to that account, under a key of its own
  client.clearSoapHeaders();
  const siteKey = 'node-' + crypto.randomUUID();
  client.addSoapHeader({ RequestHeader: { idempotencyKey: siteKey } }, '', 'on', NS);
  const [site] = await client.AddSiteAsync({ accountId, name: 'Node HQ', country: 'US' }, call);
  sendsKey(client, siteKey);
  const siteId = text(site && site.site && site.site.siteId);
  if (!siteId || !/^\d+$/.test(siteId) || text(site.site.accountId) !== accountId) {
    fail('AddSite answered no site of account ' + accountId + ': ' + JSON.stringify(site), client.lastResponse);
  }

  // (d) a request that breaks the contract: accountId is no xs:long (node-soap does not validate it)
  client.clearSoapHeaders();
  let fault;
  try {
    const [unexpected] = await client.GetAccountAsync({ accountId: 'not-a-number' }, call);
    fail('GetAccount with a non-numeric id was answered: ' + JSON.stringify(unexpected), client.lastResponse);
  } catch (e) {
    const body = e.root && e.root.Envelope && e.root.Envelope.Body;
    fault = body && body.Fault;
    if (!fault) {
      fail('GetAccount with a non-numeric id failed without a SOAP fault: ' + e.message, e.body || client.lastResponse);
    }
  }
  const faultcode = text(fault.faultcode) || '';
  const faultcodeSide = faultcode.replace(/^.*:/, '');
  const detail = fault.detail && (fault.detail.OneNumberFaultDetail || fault.detail.$value);
  const faultCode = text(detail && detail.code);
  const field = text(detail && detail.field);
  if (faultCode !== 'INVALID_REQUEST' || faultcodeSide !== 'Client' || field !== 'accountId') {
    fail('expected INVALID_REQUEST on accountId with faultcode Client, got ' + JSON.stringify(fault), client.lastResponse);
  }

  console.log(JSON.stringify({
    accountName: name,
    accountId: Number(accountId),
    replayed: true,
    siteId: Number(siteId),
    faultCode,
    faultField: field,
    faultcodeSide,
  }));
}

main().then(() => process.exit(0), (e) => fail('unexpected error: ' + (e && e.stack || e),
  e && (e.body || (e.response && e.response.data)) ? String(e.body || e.response.data) : undefined));
