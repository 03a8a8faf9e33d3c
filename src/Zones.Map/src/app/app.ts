import type Map from 'ol/Map';
import type {GraphQLClient} from '../api/graphql';
import type {MapConfig} from '../map/mapConfig';
import type {FetchLike} from '../ogc/fetchJson';
import type {StatusLine} from '../ui/statusLine';

/** Who is signed in (GET /auth/me), or null for an anonymous visitor. */
export interface Session {
  name: string;
  role: 'admin' | 'planner' | 'cadre' | 'viewer';
  personId?: number | null;
  unitId?: number | null;
  /** The township (12 digits) or county (6 digits) the account is scoped to; both null = installation-wide. */
  township?: string | null;
  county?: string | null;
  /** Set by an admin's reset: every write is refused until the user changes it (POST /auth/password). */
  mustChangePassword?: boolean;
}

/** What a feature picked on the map or in a list: the details panel shows it, search jumps to it. */
export interface Selection {
  kind: 'zone' | 'road' | 'asset' | 'complaint' | 'shop';
  id: string;
}

/**
 * Everything a feature module gets: the map, the server, the status line and the page's
 * slots. Features talk to each other only through `events` (see AppEvents), never by import.
 */
export interface App {
  map: Map;
  config: MapConfig;
  fetch: FetchLike;
  graphql: GraphQLClient;
  status: StatusLine;
  /** Current session; `session-changed` fires when it changes. */
  session: Session | null;
  events: EventTarget;
  /** Tools that take map clicks for themselves right now (drawing, picking); see claimClicks. */
  clickClaims: Set<string>;
  /** An element of index.html by id; throws with the id when the page lacks it. */
  element(id: string): HTMLElement;
}

/** Event names on App.events, and their `detail`. */
export interface AppEvents {
  /** detail: Selection — show this feature's details. */
  select: Selection;
  /** detail: Session | null. */
  'session-changed': Session | null;
  /** detail: {ids: string[]} — zones were saved; layers refresh. */
  'zones-changed': {ids: string[]};
  /** detail: Selection — show this zone (road, asset) and open its 指定责任人 form (a zone just drawn). */
  'assign-owner': Selection;
  /** detail: the target — a 包联 was made or ended; coverage gaps are counted again. */
  'owners-changed': Selection;
  /** detail: {layers} — assets or roads were added, moved or retired; those tiles refresh. */
  'network-changed': {layers: ('assets' | 'roads')[]};
  /** detail: {extent: [minX, minY, maxX, maxY] in EPSG:3857} — fit the view. */
  'zoom-to': {extent: number[]};
  /**
   * detail: {id} — open the sidebar or drawer that holds the section with this id (details,
   * area-query, tools, legend, attribute-table …) and bring the section into view.
   */
  'show-panel': {id: string};
  /** detail: {at} — show the map as it was on that day (ISO date), or now (null). */
  'view-date': {at: string | null};
}

export function emit<K extends keyof AppEvents>(app: App, name: K, detail: AppEvents[K]): void {
  app.events.dispatchEvent(new CustomEvent(name, {detail}));
}

export function on<K extends keyof AppEvents>(app: App, name: K, handler: (detail: AppEvents[K]) => void): void {
  app.events.addEventListener(name, (e) => handler((e as CustomEvent<AppEvents[K]>).detail));
}

/** Roles that may draw and change zones (the API enforces this too). */
export function canEdit(session: Session | null): boolean {
  return session?.role === 'admin' || session?.role === 'planner';
}

/**
 * A tool that uses map clicks itself (editing, drawing an area, picking a zone) claims them,
 * so a click that adds a vertex does not also open the details panel. Returns the release.
 */
export function claimClicks(app: App, tool: string): () => void {
  app.clickClaims.add(tool);
  return () => app.clickClaims.delete(tool);
}

/** Whether some tool has claimed map clicks (details then ignores them). */
export function clicksClaimed(app: App): boolean {
  return app.clickClaims.size > 0;
}
