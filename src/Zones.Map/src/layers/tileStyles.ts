import type {FeatureLike} from 'ol/Feature';
import type Style from 'ol/style/Style';
import {assetStyle} from './assetStyles';
import {isCluster} from './clusterStyleSpec';
import {clusterStyle} from './clusterStyles';
import {COMPLAINT_GROUP_STYLES} from './complaintStyleSpec';
import {complaintStyle} from './complaintStyles';
import {gapGeometryKind, gapStyle} from './gapStyles';
import {ownerOf} from './ownerColors';
import {roadStyle} from './roadStyles';
import {zoneOwnerStyle} from './zoneOwnerStyles';

/** Cluster colours: the asset teal and the open-complaint blue. */
export const ASSET_CLUSTER_COLOR = '#0f766e';
export const COMPLAINT_CLUSTER_COLOR = COMPLAINT_GROUP_STYLES.open.fill;

/** Style functions of the tile layers: one line each, the rules live in the *StyleSpec modules. */
export function zoneStyleFunction(colouredLevel: () => string) {
  return (f: FeatureLike): Style => zoneOwnerStyle(f.get('level'), ownerOf(f), colouredLevel());
}

export function roadStyleFunction(f: FeatureLike): Style {
  return roadStyle(f.get('class'));
}

export function assetStyleFunction(f: FeatureLike): Style {
  return isCluster(f) ? clusterStyle(f.get('count'), ASSET_CLUSTER_COLOR) : assetStyle(f.get('kind'), f.get('status'));
}

export function complaintStyleFunction(f: FeatureLike): Style {
  return isCluster(f) ? clusterStyle(f.get('count'), COMPLAINT_CLUSTER_COLOR) : complaintStyle(f.get('stage'), f.get('overdue'));
}

export function gapStyleFunction(f: FeatureLike): Style[] {
  const type = f.getGeometry()?.getType() ?? 'Point';
  return gapStyle(f.get('kind'), gapGeometryKind(type));
}
