import {GraphQLRequestError} from '../../../api/graphql';
import {ADMIN} from '../../../i18n/adminMessages';

/** A typed payload error (UserError) as the mutations answer it. */
export interface PayloadError {
  __typename?: string;
  code?: string;
  message: string;
  path?: string[] | null;
}

// The engine's validation messages for a query the server does not know: an older server
// without this screen's API. The clerk learns that, not the GraphQL wording.
const NOT_SUPPORTED = /Cannot query field|Unknown type|Unknown argument|Cannot return null|is not defined by type|Unknown enum/i;

/** The Chinese sentence of a "中文。English." server message (the whole message if it has no 。). */
export function chinesePart(message: string): string {
  const text = message.trim();
  const end = text.indexOf('。');
  return end >= 0 && /[\u4e00-\u9fff]/.test(text.slice(0, end)) ? text.slice(0, end + 1) : text;
}

/** Any failure of a request as one Chinese sentence for the clerk (never raw JSON). */
export function adminErrorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.kind === 'graphql' && NOT_SUPPORTED.test(error.message)) return ADMIN.notSupported;
    if (error.kind === 'graphql') return error.errors.map((e) => chinesePart(e.message)).join('；') || ADMIN.unexpected;
    return error.message;
  }
  if (error instanceof Error && /[\u4e00-\u9fff]/.test(error.message)) return error.message;
  return ADMIN.unexpected;
}

/** The payload errors of a mutation as one line, each with the field it names when the message does not. */
export function payloadErrorMessage(errors: readonly PayloadError[]): string {
  return errors.map((e) => chinesePart(e.message)).join('；');
}
