import Feature from 'ol/Feature';
import MultiPolygon from 'ol/geom/MultiPolygon';
import Polygon from 'ol/geom/Polygon';
import {toLonLat} from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import {CommandStack, type Change, type Coords} from './commandStack';
import {geoJson, toLonLatCoords} from '../../map/lonLat';
import {brokenShares, changedZoneIds, type BrokenShare} from './sharedVertices';
import type {BoundaryEdit, NewZoneForm} from './zoneMutations';

/** A drawn zone not yet saved: its key in the source, the form's values and its boundary. */
export interface PendingZone {
  key: string;
  form: NewZoneForm;
  boundary: {type: string; coordinates: unknown};
}

const coordsOf = (feature: Feature): Coords => (feature.getGeometry() as Polygon | MultiPolygon).getCoordinates() as Coords;

/**
 * The unsaved state of one editing session: the zones as loaded (id → version and
 * geometry), the editable source, the drawn zones and the undo stack. Changes are
 * collected from the source's own events, so a drag that moves a shared vertex in
 * three zones is one command touching three keys.
 */
export class EditSession {
  readonly source = new VectorSource<Feature>();
  readonly stack = new CommandStack();
  private loaded = new Map<string, Coords>();
  /** Geometry of each key after the last command: the "before" of the next one. */
  private committed = new Map<string, Coords | null>();
  private touched = new Set<string>();
  private applying = false;
  private forms = new Map<string, NewZoneForm>();
  private nextNew = 1;

  constructor() {
    const touch = (e: {feature?: Feature}) => {
      if (!this.applying && e.feature) this.touched.add(String(e.feature.getId()));
    };
    this.source.on(['addfeature', 'changefeature', 'removefeature'], touch as never);
  }

  /** Replace everything with freshly loaded zones; unsaved work and undo history are dropped. */
  load(features: Feature[]): void {
    this.applying = true;
    this.source.clear(true);
    this.source.addFeatures(features);
    this.applying = false;
    this.loaded = new Map(features.map((f) => [String(f.getId()), coordsOf(f)]));
    this.committed = new Map(this.loaded);
    this.forms.clear();
    this.touched.clear();
    this.stack.clear();
  }

  /** A drawn polygon becomes a pending new zone (an undoable command of its own). */
  addDrawn(feature: Feature, form: NewZoneForm): string {
    const key = `new-${this.nextNew++}`;
    feature.setId(key);
    feature.setProperties({name: form.name, isNew: true});
    this.forms.set(key, form);
    this.source.addFeature(feature);
    this.commit();
    return key;
  }

  /** Close the current gesture: whatever the source reported changed since the last command becomes one command. */
  commit(): Change[] {
    const changes: Change[] = [];
    for (const key of this.touched) {
      const feature = this.source.getFeatureById(key);
      const after = feature ? coordsOf(feature) : null;
      const before = this.committed.get(key) ?? null;
      if (JSON.stringify(before) !== JSON.stringify(after)) changes.push({key, before, after});
      this.committed.set(key, after);
    }
    this.touched.clear();
    this.stack.push(changes);
    return changes;
  }

  undo(): boolean {
    const changes = this.stack.undo();
    if (changes) this.apply(changes, 'before');
    return changes !== null;
  }

  redo(): boolean {
    const changes = this.stack.redo();
    if (changes) this.apply(changes, 'after');
    return changes !== null;
  }

  private apply(changes: Change[], side: 'before' | 'after'): void {
    this.applying = true;
    for (const change of changes) {
      const coords = change[side];
      const feature = this.source.getFeatureById(change.key);
      if (coords === null) {
        if (feature) this.source.removeFeature(feature);
      } else if (feature) {
        (feature.getGeometry() as Polygon | MultiPolygon).setCoordinates(coords as never);
      } else {
        this.restoreDrawn(change.key, coords);
      }
      this.committed.set(change.key, coords);
    }
    this.applying = false;
  }

  private restoreDrawn(key: string, coords: Coords): void {
    const feature = new Feature(new Polygon(coords as number[][][]));
    feature.setId(key);
    feature.setProperties({name: this.forms.get(key)?.name, isNew: true});
    this.source.addFeature(feature);
  }

  private current(): Map<string, Coords> {
    return new Map(this.source.getFeatures().map((f) => [String(f.getId()), coordsOf(f)]));
  }

  /** Loaded zones whose boundary changed, with the version they were loaded at, in lon/lat. */
  boundaryEdits(): BoundaryEdit[] {
    const current = this.current();
    return changedZoneIds(this.loaded, current).map((id) => {
      const feature = this.source.getFeatureById(id)!;
      const type = feature.getGeometry() instanceof MultiPolygon ? 'MultiPolygon' : 'Polygon';
      return {id, version: feature.get('version') as number, boundary: geoJson(type, toLonLatCoords(current.get(id)!, toLonLat))};
    });
  }

  /** Drawn zones still in the source (an undone drawing is not sent). */
  pendingZones(): PendingZone[] {
    return [...this.forms].flatMap(([key, form]) => {
      const feature = this.source.getFeatureById(key);
      return feature ? [{key, form, boundary: geoJson('Polygon', toLonLatCoords(coordsOf(feature), toLonLat))}] : [];
    });
  }

  /** Shared vertices of loaded zones that the edits pulled apart (see brokenShares). */
  brokenShares(): BrokenShare[] {
    const current = this.current();
    const loaded = new Map([...this.loaded].filter(([id]) => current.has(id)));
    return brokenShares(loaded, new Map([...current].filter(([id]) => loaded.has(id))));
  }

  /** Keys of the loaded zones that changed and of the drawn zones still there: what a save would send. */
  editedKeys(): string[] {
    const current = this.current();
    return [...changedZoneIds(this.loaded, current), ...[...this.forms.keys()].filter((k) => current.has(k))];
  }

  get dirty(): boolean {
    return this.editedKeys().length > 0;
  }

  /** The loaded zone with this id (for names, versions, parents). */
  zone(id: string): Feature | null {
    return this.source.getFeatureById(id);
  }

  zones(): Feature[] {
    return this.source.getFeatures().filter((f) => !f.get('isNew'));
  }
}
