// Helpers of the browser tests that work a case as the demo cadre (field view, photos): take a
// workflow step by GraphQL, make a case dispatched to the cadre, open the map on a phone signed in.
import assert from 'node:assert/strict';
import {baseUrl, gotoMap, graphql} from './browser.mjs';

export const PHONE = {width: 390, height: 844};

/** Where these tests put their cases: a spot of the demo with a zone and an owner. */
export const AT = {lon: 119.805, lat: 31.035};

/** Takes `action` on case `id` signed in with `cookie`; `extra` adds input fields (`, personId: 3`). */
export async function act(cookie, id, action, extra = '') {
  const d = await graphql(`mutation { transitionComplaint(input: {id: ${id}, action: ${action}, note: "e2e"${extra}}) { errors { ... on UserError { message } } } }`, {}, {cookie});
  assert.deepEqual(d.transitionComplaint.errors, [], `${action} ${id}`);
}

/**
 * Voids case `id` whatever step a test left it at: 作废 is refused once a case is being handled (处置, 反馈),
 * so the case is returned along the main line until it is allowed. A test's case then leaves the open counts
 * and takes no later test's report in (并案).
 */
export async function voidCase(cookie, id) {
  for (let step = 0; step < 4; step++) {
    try {
      return await act(cookie, id, 'VOID');
    } catch {
      await act(cookie, id, 'RETURN').catch(() => undefined);
    }
  }
}

/** A new case at `at` (AT unless told) dispatched by the planner to `personId`: the steps a test takes are on it. */
export async function caseForCadre(planner, personId, description, at = AT) {
  const d = await graphql(`mutation { reportComplaint(input: {location: {point: {lon: ${at.lon}, lat: ${at.lat}}}, categoryKind: "event",
    categoryCode: "0102", source: INSPECTION, description: ${JSON.stringify(description)}}) { complaint { id caseNumber } errors { ... on UserError { message } } } }`, {}, {cookie: planner});
  const {id, caseNumber} = d.reportComplaint.complaint;
  await act(planner, id, 'REGISTER');
  await act(planner, id, 'DISPATCH', `, personId: ${personId}`);
  return {id, caseNumber};
}

/** The map on a 390×844 touch phone, signed in with `cookie`; `context` adds options (geolocation …). */
export async function phonePage(browser, cookie, context = {}) {
  const phone = await browser.newContext({viewport: PHONE, locale: 'zh-CN', deviceScaleFactor: 1, hasTouch: true, isMobile: true, ...context});
  const [name, value] = cookie.split(';')[0].split('=');
  await phone.addCookies([{name, value, url: baseUrl}]);
  const page = await phone.newPage();
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(`pageerror: ${e.message}`));
  return gotoMap(page);
}
