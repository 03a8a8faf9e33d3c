import {MESSAGES} from '../i18n/messages';

export interface StatusLine {
  progress(text: string): void;
  done(text: string): void;
  error(message: string, detail: string): void;
}

/**
 * The one-line status bar. The element has role="status" (aria-live), so screen
 * readers announce progress and errors too.
 */
export function createStatusLine(element: HTMLElement): StatusLine {
  const show = (state: string, text: string) => {
    element.dataset.state = state;
    element.replaceChildren(text);
  };
  return {
    progress: (text) => show('loading', text),
    done: (text) => show('done', text),
    error(message, detail) {
      show('error', message);
      // The clerk reads the sentence; the administrator opens the small print.
      const details = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = MESSAGES.errorDetailSummary;
      const small = document.createElement('small');
      small.textContent = detail;
      details.append(summary, small);
      element.append(details);
    },
  };
}
