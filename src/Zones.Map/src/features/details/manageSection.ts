import type {GraphQLClient} from '../../api/graphql';
import {describePayloadErrors, type PayloadError} from '../../api/payloadErrors';
import {el, section} from './dom';

/**
 * The 管理 block of a details panel (planners and admins): action buttons, a message line
 * and room for an inline form. A version conflict offers 重新加载 (the panel read again).
 */
export function createManageSection(graphql: GraphQLClient, subject: string, reload: () => void) {
  const buttons = el('div', {className: 'details-actions'});
  const messages = el('div', {className: 'manage-messages', role: 'alert'});
  const slot = el('div', {className: 'manage-slot'});
  const node = section('管理', 'manage', buttons, slot, messages);
  const say = (lines: string[], kind: 'ok' | 'error' | 'info', offerReload = false): void => {
    messages.dataset.kind = kind;
    messages.replaceChildren(...lines.map((t) => el('p', {className: kind === 'error' ? 'details-error' : kind === 'ok' ? 'details-ok' : 'details-muted', textContent: t})));
    if (offerReload) {
      const again = el('button', {type: 'button', textContent: '重新加载'});
      again.dataset.manage = 'reload';
      again.addEventListener('click', () => reload());
      messages.append(again);
    }
  };
  return {
    node,
    slot,
    say,
    /** Send one mutation; its typed errors are said in Chinese. True when it was written. */
    async run(query: string, variables: Record<string, unknown>, field: string): Promise<boolean> {
      try {
        const errors = (await graphql<Record<string, {errors: PayloadError[]}>>(query, variables))[field].errors;
        if (!errors.length) return true;
        const {messages: lines, reload: conflict} = describePayloadErrors(errors, subject);
        say(lines, 'error', conflict);
      } catch (error) {
        say([(error as Error).message], 'error');
      }
      return false;
    },
    button(text: string, name: string, onClick: () => void): HTMLButtonElement {
      const b = el('button', {type: 'button', textContent: text});
      b.dataset.manage = name;
      b.addEventListener('click', onClick);
      buttons.append(b);
      return b;
    },
  };
}

export type ManageSection = ReturnType<typeof createManageSection>;
