import type {GraphQLClient} from '../../api/graphql';
import type {HasField} from '../../api/schemaProbe';
import {MESSAGES} from '../../i18n/messages';
import {markLayerState} from '../../ui/testHook';
import {el, reason} from './panelParts';
import {COVERAGE_NOTICES_QUERY, type CoverageNotice, noticeCouldNotRun, noticeFix} from './reachQuery';

const T = MESSAGES.analysis;
/**
 * The township's notices above the gaps list: checks that could not run (no built-up area) and
 * checks that fell back to a straight line (a village without mapped paths), in the server's
 * Chinese sentence, tagged 未检查 / 改用直线, with a link to where it is fixed when that is
 * obvious and the clerk may go there (`canFix`: planners and administrators). Hidden when there
 * are none, and on a server that has no notices yet.
 */
export function createNoticeList(graphql: GraphQLClient, canFix: () => boolean, has: HasField): HTMLElement & {load(): Promise<void>} {
  const box = el('div', 'gap-notices');
  box.hidden = true;
  const load = async () => {
    markLayerState('notices', 'loading');
    try {
      if (!(await has('Query', 'coverageNotices'))) return markLayerState('notices', 'ready');
      const {coverageNotices: notices} = await graphql<{coverageNotices: CoverageNotice[]}>(COVERAGE_NOTICES_QUERY, {});
      box.replaceChildren(el('h4', undefined, T.noticesHeading), listOf(notices, canFix()));
      box.hidden = notices.length === 0;
    } catch (error) {
      box.replaceChildren(el('p', 'analysis-note', T.noticesFailed(reason(error))));
      box.hidden = false;
    }
    markLayerState('notices', 'ready');
  };
  return Object.assign(box, {load});
}

function listOf(notices: CoverageNotice[], canFix: boolean): HTMLUListElement {
  const list = el('ul', 'notice-list');
  for (const notice of notices) {
    const notRun = noticeCouldNotRun(notice);
    const item = el('li', 'notice');
    item.dataset.kind = notice.kind.toLowerCase();
    item.dataset.state = notRun ? 'not-run' : 'fallback';
    item.append(el('span', 'notice-tag', notRun ? T.noticeNotRun : T.noticeFallback), el('span', 'notice-text', notice.message));
    const fix = noticeFix(notice);
    if (fix && canFix) {
      const link = el('a', 'notice-fix', fix.label);
      link.href = fix.hash;
      item.append(link);
    }
    list.append(item);
  }
  return list;
}
