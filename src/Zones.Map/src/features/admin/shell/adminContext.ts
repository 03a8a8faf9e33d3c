import type {GraphQLClient} from '../../../api/graphql';
import type {Session} from '../../../app/app';
import type {FetchLike} from '../../../ogc/fetchJson';

/** A township the signed-in user may read (contract A: Query.townships). */
export interface TownshipRow {
  code: string;
  name: string;
  countyCode: string;
  countyName?: string | null;
  isPublic: boolean;
  retiredAt?: string | null;
  createdAt?: string;
}

/** What every screen gets: the server, who is signed in, and the township it works on. */
export interface AdminContext {
  graphql: GraphQLClient;
  fetch: FetchLike;
  session: Session;
  /** The township the screens act on (the picker in the panel's head). */
  township: string;
  townships: TownshipRow[];
  /** Reads the township list again (after a township was created, changed or retired). */
  reloadTownships(): Promise<void>;
}

/**
 * The townships for the picker: the live ones the user may read; when the server has no
 * `townships` query yet (or answers nothing), the session's own township alone.
 */
export function townshipChoices(fromServer: TownshipRow[] | null, session: Session): TownshipRow[] {
  const live = (fromServer ?? []).filter((t) => !t.retiredAt);
  if (live.length) return live;
  const own = session.township;
  return own ? [{code: own, name: own, countyCode: own.slice(0, 6), isPublic: false}] : [];
}
