'use strict';
/*
 * A carrier's script for a user's My Phone features on node-soap, driven by the WSDL the server publishes. Run by
 * NodeSoapIT once the user is a mobility user:
 *
 *   node src/test/node/features.js http://127.0.0.1:PORT/onenumber/ LOGIN PASSWORD USER_ID MOBILE_NUMBER
 *
 * It (a) adds MOBILE_NUMBER to the user's My Number as a mobile labelled "Node" under an idempotency key,
 * (b) turns the Mobile App on with that number, Call Back and Phones to Ring MOBILE (other settings absent: the
 * defaults), (c) reads the user's features back. It prints one JSON line with what GetUserFeatures answered, for
 * the Java side to compare with its own client, and exits 0, or prints why not and exits 1.
 */
const crypto = require('crypto');
const soap = require('soap');

const NS = 'urn:onenumber:provisioning:v1';
const CALL_TIMEOUT_MS = 30000;

function fail(message, extra) {
  console.error('features.js: ' + message + (extra ? '\n' + extra : ''));
  process.exit(1);
}

function text(value) {
  if (value !== null && typeof value === 'object' && '$value' in value) {
    return String(value.$value);
  }
  return value === undefined || value === null ? undefined : String(value);
}

/** A repeated element as an array, whether node-soap gave none, one (an object) or several. */
function list(value) {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

async function main() {
  const [base, login, password, userId, mobile] = process.argv.slice(2);
  if (!base || !login || !password || !/^\d+$/.test(userId || '') || !mobile) {
    fail('usage: node features.js BASE_URL LOGIN PASSWORD USER_ID MOBILE_NUMBER');
  }
  const endpoint = base.replace(/\/?$/, '/') + 'ws/myphone';
  const client = await soap.createClientAsync(endpoint + '?wsdl', { wsdl_options: { timeout: CALL_TIMEOUT_MS } }, endpoint);
  client.setSecurity(new soap.BasicAuthSecurity(login, password));
  const call = { timeout: CALL_TIMEOUT_MS };

  // (a) AddUserNumber, elements in the schema's order
  client.addSoapHeader({ RequestHeader: { idempotencyKey: 'node-' + crypto.randomUUID() } }, '', 'on', NS);
  const [added] = await client.AddUserNumberAsync({ userId, kind: 'MOBILE', number: mobile, label: 'Node' }, call);
  const numberId = text(added && added.userNumber && added.userNumber.numberId);
  if (!numberId || text(added.userNumber.number) !== mobile || text(added.userNumber.kind) !== 'MOBILE') {
    fail('AddUserNumber answered no mobile number ' + mobile + ': ' + JSON.stringify(added), client.lastResponse);
  }
  client.clearSoapHeaders();

  // (b) ModifyUserFeatures: the Mobile App on with that number
  const [modified] = await client.ModifyUserFeaturesAsync({
    userId,
    mobileApp: { on: true, numberId, phonesToRing: 'MOBILE', outboundMode: 'CALL_BACK' },
  }, call);
  const app = modified && modified.userFeatures && modified.userFeatures.mobileApp;
  if (!app || text(app.on) !== 'true' || text(app.numberId) !== numberId) {
    fail('ModifyUserFeatures did not turn the Mobile App on with number ' + numberId + ': ' + JSON.stringify(modified),
      client.lastResponse);
  }

  // (c) GetUserFeatures
  const [read] = await client.GetUserFeaturesAsync({ userId }, call);
  const features = read && read.userFeatures;
  if (!features) {
    fail('GetUserFeatures answered no features: ' + JSON.stringify(read), client.lastResponse);
  }
  const mobileApp = features.mobileApp;
  const numbers = list(features.userNumber);
  const timers = features.callTimers;
  console.log(JSON.stringify({
    numberId: Number(numberId),
    numbers: numbers.map((n) => text(n.kind) + ':' + text(n.number) + ':' + text(n.label)).join(','),
    enabledByAdmin: text(mobileApp.enabledByAdmin) === 'true',
    on: text(mobileApp.on) === 'true',
    version: Number(text(mobileApp.version)),
    mobileNumberId: Number(text(mobileApp.numberId)),
    mobileNumber: text(mobileApp.number),
    alertClickToDial: text(mobileApp.alertClickToDial) === 'true',
    phonesToRing: text(mobileApp.phonesToRing),
    answerConfirmation: text(mobileApp.answerConfirmation) === 'true',
    outboundMode: text(mobileApp.outboundMode),
    clientUserName: text(mobileApp.clientUserName),
    officeAnywhere: text(features.officeAnywhere && features.officeAnywhere.on) === 'true',
    simultaneousRing: text(features.simultaneousRing && features.simultaneousRing.on) === 'true',
    timers: [timers.wifiSeconds, timers.deskSeconds, timers.cellSeconds, timers.noReplySeconds].map(text).join('/'),
  }));
}

main().then(() => process.exit(0), (e) => fail('unexpected error: ' + (e && e.stack || e),
  e && (e.body || (e.response && e.response.data)) ? String(e.body || e.response.data) : undefined));
