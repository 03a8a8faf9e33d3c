/**
 * The typed errors of a mutation payload (`errors: [XError!]!`) as one zh-CN sentence each:
 * what went wrong with what, and how to fix it. Never the raw JSON of the answer.
 */

type Named = {id: string; name?: string | null; ownerName?: string | null};

/** One payload error as selected by payloadErrorFields. */
export interface PayloadError {
  __typename: string;
  code?: string;
  message?: string;
  path?: string[] | null;
  currentVersion?: number;
  field?: string;
  value?: string | null;
  reason?: string;
  children?: Named[];
  conflicts?: Named[];
}

// Fragments for the error types the map explains; a fragment on a type outside the
// payload's union does not validate, so each mutation names the types it can get.
const FRAGMENTS: Record<string, string> = {
  VersionConflictError: 'currentVersion',
  DuplicateError: 'field value',
  InvalidGeometryError: 'reason',
  ZoneHasChildrenError: 'children { id name }',
  OwnershipConflictError: 'conflicts { id ownerName }',
};

/** The selection of `errors` for a union holding `types` (and any UserError). */
export function payloadErrorFields(types: string[] = []): string {
  return ['__typename', '... on UserError { code message path }', ...types.map((t) => `... on ${t} { ${FRAGMENTS[t]} }`)].join(' ');
}

/** The Chinese half of a bilingual server message ("中文。English.") — it runs to the last CJK character. */
export function chinesePart(message: string): string {
  const match = /^[\s\S]*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.exec(message);
  return match ? match[0] : message;
}

const FIELD_LABELS: Record<string, string> = {code: '编号', identifier: '标识码', name: '名称', username: '用户名'};

const names = (list: Named[] = []) => list.map((n) => `“${n.name ?? n.ownerName ?? n.id}”`).join('、');

/** The sentence for one error; `subject` names what was being written (片区“施家村”, 部件“…”). */
export function describePayloadError(error: PayloadError, subject: string): string {
  const said = chinesePart(error.message ?? '');
  switch (error.__typename) {
    case 'ForbiddenError':
      return `您无权修改${subject}${said ? `（${said}）` : ''}。请用本镇的规划员或管理员账号操作。`;
    case 'NotFoundError':
      return `${subject}已不存在，可能已被别人撤销。请关闭详情，刷新地图后再试。`;
    case 'VersionConflictError':
      return `${subject}在您打开后已被别人修改（现在是第 ${error.currentVersion ?? '?'} 版），您的修改没有保存。请点“重新加载”取最新内容后再改。`;
    case 'DuplicateError':
      return `${FIELD_LABELS[error.field ?? ''] ?? '编号'}“${error.value ?? ''}”已被使用，请换一个。`;
    case 'ZoneHasChildrenError':
      return `${subject}下面还有下级片区 ${names(error.children)}，不能撤销。请先撤销或合并这些下级片区。`;
    case 'OwnershipConflictError':
      return `${subject}已有责任主体 ${names(error.conflicts)}，同一时间只能有一个。请用“交接”把责任主体交给新的人，或把新的人设为“协助”。`;
    case 'InvalidGeometryError':
    case 'GeometryTypeError':
      return `${subject}的位置或形状无效：${said || error.reason || '请重新在地图上选取'}。`;
    default:
      return said || `保存${subject}失败，请稍后重试。`;
  }
}

/** All errors of one payload, and whether a reload would help (someone else saved first). */
export function describePayloadErrors(errors: PayloadError[], subject: string): {messages: string[]; reload: boolean} {
  return {
    messages: errors.map((e) => describePayloadError(e, subject)),
    reload: errors.some((e) => e.__typename === 'VersionConflictError'),
  };
}
