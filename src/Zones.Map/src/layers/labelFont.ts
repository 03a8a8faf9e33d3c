/**
 * Canvas text needs an installed CJK font: OL draws labels with the system fonts
 * (no web-font download offline). Noto Sans CJK is what Debian's fonts-noto-cjk and
 * most Linux desktops have; the others cover Windows and macOS clerks' machines.
 */
export const CJK_FONT_FAMILY =
  '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif';

export function labelFont(sizePx: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${sizePx}px ${CJK_FONT_FAMILY}`;
}
