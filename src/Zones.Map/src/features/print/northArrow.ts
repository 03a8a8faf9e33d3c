import Control from 'ol/control/Control';

/**
 * 指北针: the print map is never rotated, so north is straight up. SVG, so it stays sharp
 * at any print resolution.
 */
export function createNorthArrow(): Control {
  const element = document.createElement('div');
  element.className = 'print-north';
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', '指北针');
  element.innerHTML = `<svg viewBox="0 0 40 56" width="34" height="48" aria-hidden="true">
    <text x="20" y="12" text-anchor="middle" font-size="12" font-weight="700">北</text>
    <polygon points="20,16 30,50 20,42" fill="#111"/>
    <polygon points="20,16 10,50 20,42" fill="#fff" stroke="#111" stroke-width="1.2"/>
  </svg>`;
  return new Control({element});
}
