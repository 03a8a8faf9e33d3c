/**
 * Why loading failed, classified so the UI can choose a plain-language message
 * (see ui/errorMessage.ts) while keeping the technical detail for the small print.
 */
export type LoadErrorKind =
  | 'network' // the request never got an HTTP answer (server down, wrong port)
  | 'timeout' // the server accepted the connection but did not answer in time
  | 'http' // an HTTP answer with a non-2xx status
  | 'format' // a 2xx answer whose body is not what the contract promises
  | 'paging' // the `next` links loop or never end
  | 'config'; // /map-config.json is present but invalid

export class LoadError extends Error {
  override readonly name = 'LoadError';

  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
