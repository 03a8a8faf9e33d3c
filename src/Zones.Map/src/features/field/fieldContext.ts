import type {App} from '../../app/app';
import type {PhonePosition} from '../../map/phonePosition';

/** What the field view's sections share: the app, and the last position found (for 在此上报). */
export interface FieldContext {
  app: App;
  /** Locates the phone, remembers the position in `here` and centres the map on it. */
  locate(): Promise<PhonePosition>;
  here: PhonePosition | null;
  /** Reload 我的案卷 (after a step or a report). */
  refreshCases(): void;
}
