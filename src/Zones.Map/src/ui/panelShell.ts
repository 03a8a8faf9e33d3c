/**
 * The desktop shell around the map: the 图层 / 分析 / 工具 / 图例 sidebar and the 详情 drawer
 * start collapsed so the map takes the screen; a slim rail of labelled buttons opens one
 * section at a time. Each aside shows only its active section (`panel-active`), so the legend
 * is at the top when asked for, not under the overdue list.
 *
 * Sections are found in the asides, also those a feature adds later by JS (the attribute
 * table): a MutationObserver gives each new section its rail button. The collapsing itself
 * is CSS under a min-width query (ui/app.css): on a phone the page keeps its own layout.
 */
export interface PanelShell {
  /** Open the aside holding the section `id` (or the section around the element `id`) and show that section. */
  show(id: string): void;
  /** Collapse one aside, or the drawer first and then the sidebar when none is named. */
  close(aside?: HTMLElement): void;
  /** Whether a section is shown in an open aside. */
  isShown(id: string): boolean;
  /** While `busy()` (a drawing tool is active), Esc belongs to the tool, which cancels with it. */
  leaveEscWhile(busy: () => boolean): void;
}

const CLOSE_LABEL = '收起';

export function createPanelShell(rail: HTMLElement, asides: HTMLElement[]): PanelShell {
  const buttons = new Map<string, HTMLButtonElement>();
  const watched = new WeakSet<Element>();

  const sectionOf = (id: string): HTMLElement | null => {
    const target = document.getElementById(id);
    return (target?.closest('.shell-aside > section') as HTMLElement | null) ?? null;
  };
  const asideOf = (section: HTMLElement) => section.parentElement as HTMLElement;
  const isOpen = (aside: HTMLElement) => aside.dataset.open === 'true';

  function sync(): void {
    for (const aside of asides) {
      const active = aside.dataset.active;
      for (const section of sections(aside)) {
        const shown = section.id === active;
        section.classList.toggle('panel-active', shown);
        const button = buttons.get(section.id);
        button?.setAttribute('aria-expanded', String(shown && isOpen(aside)));
        button?.classList.toggle('rail-active', shown && isOpen(aside));
        if (button) button.hidden = isEmpty(section);
      }
      const title = aside.querySelector<HTMLElement>(':scope > .aside-head .aside-title');
      if (title) title.textContent = active ? (document.getElementById(active)?.getAttribute('aria-label') ?? '') : '';
    }
  }

  function show(id: string): void {
    const section = sectionOf(id);
    if (!section) return;
    const aside = asideOf(section);
    aside.dataset.active = section.id;
    aside.dataset.open = 'true';
    sync();
    const target = document.getElementById(id);
    if (target && target !== section) target.scrollIntoView({block: 'nearest'});
    else aside.scrollTop = 0;
  }

  function close(aside?: HTMLElement): void {
    const which = aside ?? [...asides].reverse().find(isOpen);
    if (!which) return;
    which.dataset.open = 'false';
    sync();
  }

  function adopt(section: HTMLElement): void {
    if (!section.id || buttons.has(section.id)) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'rail-button';
    button.dataset.panel = section.id;
    button.setAttribute('aria-controls', section.id);
    button.textContent = section.getAttribute('aria-label') ?? section.id;
    button.addEventListener('click', () => {
      const aside = asideOf(section);
      if (isOpen(aside) && aside.dataset.active === section.id) close(aside);
      else show(section.id);
    });
    buttons.set(section.id, button);
    placeButton(rail, asides, section, button);
    if (watched.has(section)) return;
    watched.add(section);
    // A section that empties itself (the details' own ×) folds its aside away.
    new MutationObserver(() => {
      const aside = asideOf(section);
      if (aside && isEmpty(section) && aside.dataset.active === section.id && isOpen(aside)) close(aside);
      sync();
    }).observe(section, {childList: true});
  }

  /** A section a feature took away again loses its button. */
  function forgetRemoved(): void {
    for (const [id, button] of buttons) {
      if (asides.some((a) => sections(a).some((s) => s.id === id))) continue;
      button.remove();
      buttons.delete(id);
    }
  }

  for (const aside of asides) {
    aside.classList.add('shell-aside');
    aside.dataset.open = 'false';
    aside.prepend(asideHead(() => close(aside)));
    sections(aside).forEach(adopt);
    aside.dataset.active = sections(aside).find((s) => !isEmpty(s))?.id ?? '';
    new MutationObserver(() => {
      sections(aside).forEach(adopt);
      forgetRemoved();
      sync();
    }).observe(aside, {childList: true});
  }
  let busy = () => false;
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || e.defaultPrevented || isTyping(e.target) || busy()) return;
    close();
  });
  sync();
  return {
    show,
    close,
    isShown(id) {
      const section = sectionOf(id);
      return !!section && isOpen(asideOf(section)) && asideOf(section).dataset.active === section.id;
    },
    leaveEscWhile(test) {
      busy = test;
    },
  };
}

function sections(aside: HTMLElement): HTMLElement[] {
  return [...aside.children].filter((c): c is HTMLElement => c instanceof HTMLElement && c.tagName === 'SECTION' && c.id !== '');
}

/** As CSS :empty: nothing in it, not even text. */
function isEmpty(section: HTMLElement): boolean {
  return !section.hasChildNodes();
}

/** Esc in a text box belongs to the box (the search clears itself), not to the panels. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The aside's title (the active section's name) and its collapse button. */
function asideHead(onClose: () => void): HTMLElement {
  const head = document.createElement('div');
  head.className = 'aside-head';
  const title = document.createElement('span');
  title.className = 'aside-title';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'aside-close';
  button.textContent = '×';
  button.title = CLOSE_LABEL;
  button.setAttribute('aria-label', CLOSE_LABEL);
  button.addEventListener('click', onClose);
  head.append(title, button);
  return head;
}

/** Buttons follow the order of the asides and of the sections in them, a divider between asides. */
function placeButton(rail: HTMLElement, asides: HTMLElement[], section: HTMLElement, button: HTMLButtonElement): void {
  const index = asides.indexOf(section.parentElement as HTMLElement);
  let group = rail.querySelector<HTMLElement>(`:scope > .rail-group[data-aside="${index}"]`);
  if (!group) {
    group = document.createElement('div');
    group.className = 'rail-group';
    group.dataset.aside = String(index);
    const after = [...rail.children].find((g) => Number((g as HTMLElement).dataset.aside) > index);
    rail.insertBefore(group, after ?? null);
  }
  const order = sections(section.parentElement as HTMLElement);
  const next = [...group.children].find((b) => order.indexOf(document.getElementById((b as HTMLElement).dataset.panel!)!) > order.indexOf(section));
  group.insertBefore(button, next ?? null);
}
