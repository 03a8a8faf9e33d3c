import type {App} from '../../app/app';

/** Placeholder: filled in by the feature's own work (issue #6). */
export async function installAreaQuery(app: App): Promise<void> {
  void app;
}
