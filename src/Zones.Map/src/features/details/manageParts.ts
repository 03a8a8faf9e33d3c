import type {App} from '../../app/app';
import {assetActions} from './assetActions';
import type {AssetDetails, Row, ShopDetails, ZoneDetails} from './loadDetails';
import {createOwnerSection} from './ownership/ownerSection';
import type {Target, TargetKind} from './ownership/ownershipApi';
import type {RoadDetails} from './roadView';
import {roadActions} from './roadActions';
import {zoneActions, type WriteHooks} from './zoneActions';

/** What a view is asked to add for a planner: whom to tell, and whether to open 指定责任人 at once. */
export interface ManageContext {
  app: App;
  hooks: WriteHooks;
  /** A 包联 changed: the sentence to show when the panel is read again. */
  ownersChanged(target: Target, message: string): void;
  openAssign: boolean;
}

type Kind = 'zone' | 'road' | 'asset' | 'shop';

function target(kind: Kind, row: Row, name: string): Target {
  return {kind: kind.toUpperCase() as TargetKind, id: String(row.id), name, townshipCode: row.townshipCode};
}

/** Put the 包联 section in place of the view's read-only owners list (or after the facts when it had none). */
function placeOwners(parts: HTMLElement[], section: HTMLElement): void {
  const at = parts.findIndex((p) => p.dataset.section === 'owners');
  if (at >= 0) parts.splice(at, 1, section);
  else parts.splice(2, 0, section);
}

/**
 * The planner's additions to a zone, road, asset or shop panel: the 包联 section (assign, hand
 * over, end, history) and the 管理 block (rename/retire a zone, move/retire an asset,
 * retire a road; shops have none yet). The zone's "no owner" button opens the 指定责任人 form.
 */
export function addManagement(c: ManageContext, kind: Kind, details: ZoneDetails | AssetDetails | RoadDetails | ShopDetails, parts: HTMLElement[]): void {
  const row = kind === 'zone' ? (details as ZoneDetails).zone : kind === 'asset' ? (details as AssetDetails).asset
    : kind === 'shop' ? (details as ShopDetails).shop : (details as RoadDetails).segment;
  const name = row.name ?? row.identifier;
  const t = target(kind, row, name);
  const owners = createOwnerSection({graphql: c.app.graphql, target: t, openForm: c.openAssign, changed: (message) => c.ownersChanged(t, message)});
  placeOwners(parts, owners);
  const gapButton = parts.flatMap((p) => [...p.querySelectorAll<HTMLButtonElement>('[data-owner="assign-gap"]')])[0];
  gapButton?.addEventListener('click', () => { owners.openAssign(); owners.scrollIntoView({block: 'nearest'}); });
  if (kind === 'shop') return;
  // 管理 right under the 包联: on a long zone panel (counts, indicators) it must not hide at the bottom.
  const actions = kind === 'zone' ? zoneActions(c.app.graphql, row, c.hooks)
    : kind === 'asset' ? assetActions(c.app, row, c.hooks) : roadActions(c.app, row, c.hooks);
  parts.splice(parts.indexOf(owners) + 1, 0, actions);
}
