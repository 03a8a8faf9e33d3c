import type {GraphQLClient} from '../../../api/graphql';
import {adminErrorMessage, chinesePart, type PayloadError, payloadErrorMessage} from './adminErrors';

/** What a write did: its payload, or one Chinese sentence saying why not. */
export type Outcome<T> = {ok: true; value: T} | {ok: false; message: string};

/** The selection every payload's errors get: the UserError interface. */
export const ERRORS = 'errors { __typename ... on UserError { code message path } }';

/** A refused form: the one line for the message area, and each field's own sentence (by input field name). */
export type FormOutcome<T> = {ok: true; value: T} | {ok: false; message: string; fields: Record<string, string>};

/**
 * Runs `mutation name(input: $input)` and answers its payload, or the reason it failed:
 * the payload's typed errors, a refused request, or no connection — always in Chinese.
 */
export async function mutate<T extends {errors: PayloadError[]}>(
  graphql: GraphQLClient, name: string, inputType: string, input: Record<string, unknown>, selection: string,
): Promise<Outcome<T>> {
  const done = await mutateForm<T>(graphql, name, inputType, input, selection);
  return done.ok ? done : {ok: false, message: done.message};
}

/** As {@link mutate}, keeping which input field each typed error names (its path), so a form shows it beside that field. */
export async function mutateForm<T extends {errors: PayloadError[]}>(
  graphql: GraphQLClient, name: string, inputType: string, input: Record<string, unknown>, selection: string,
): Promise<FormOutcome<T>> {
  const query = `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`;
  try {
    const data = await graphql<Record<string, T>>(query, {input});
    const payload = data[name]!;
    return payload.errors.length
      ? {ok: false, message: payloadErrorMessage(payload.errors), fields: errorsByField(payload.errors)}
      : {ok: true, value: payload};
  } catch (error) {
    return {ok: false, message: adminErrorMessage(error), fields: {}};
  }
}

/** The typed errors by the input field their path names (`["input", "url"]` → `url`); errors of no field are left out. */
export function errorsByField(errors: readonly PayloadError[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const e of errors) {
    const name = e.path?.[0] === 'input' ? e.path[1] : undefined;
    if (name) fields[name] = fields[name] ? `${fields[name]} ${chinesePart(e.message)}` : chinesePart(e.message);
  }
  return fields;
}

/** A read, as an Outcome: the screens show the reason in place of the list. */
export async function read<T>(graphql: GraphQLClient, query: string, variables?: Record<string, unknown>): Promise<Outcome<T>> {
  try {
    return {ok: true, value: await graphql<T>(query, variables)};
  } catch (error) {
    return {ok: false, message: adminErrorMessage(error)};
  }
}

/** Drops empty strings and undefined from a form's input: the API reads an absent field as "unchanged". */
export function compact(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== ''));
}
