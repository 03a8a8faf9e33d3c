import {describe, expect, it} from 'vitest';
import {chinesePart, describePayloadError, describePayloadErrors, payloadErrorFields} from './payloadErrors';

describe('payload errors in Chinese', () => {
  it('a version conflict says who is newer and offers a reload', () => {
    const {messages, reload} = describePayloadErrors([{__typename: 'VersionConflictError', message: 'x', currentVersion: 4}], '片区“施家村”');
    expect(messages).toEqual(['片区“施家村”在您打开后已被别人修改（现在是第 4 版），您的修改没有保存。请点“重新加载”取最新内容后再改。']);
    expect(reload).toBe(true);
  });

  it('a zone with children names them and says what to do first', () => {
    const text = describePayloadError({__typename: 'ZoneHasChildrenError', children: [{id: '23', name: '第一网格'}, {id: '24', name: '第二网格'}]}, '片区“锦绣社区”');
    expect(text).toBe('片区“锦绣社区”下面还有下级片区 “第一网格”、“第二网格”，不能撤销。请先撤销或合并这些下级片区。');
  });

  it('a second primary owner points to 交接', () => {
    const text = describePayloadError({__typename: 'OwnershipConflictError', conflicts: [{id: '9', ownerName: '田建国'}]}, '片区“施家村”');
    expect(text).toContain('已有责任主体 “田建国”');
    expect(text).toContain('交接');
  });

  it('a duplicate names the field and value', () => {
    expect(describePayloadError({__typename: 'DuplicateError', field: 'identifier', value: 'B1'}, '部件')).toBe('标识码“B1”已被使用，请换一个。');
  });

  it('other errors keep only the Chinese half of the server message, never JSON', () => {
    const text = describePayloadError({__typename: 'InvalidInputError', message: '起始日期不能早于现任的起始日期。validFrom is before the current start.'}, 'x');
    expect(text).toBe('起始日期不能早于现任的起始日期。');
    expect(describePayloadError({__typename: 'ConstraintViolationError'}, '路段“沈家路”')).toBe('保存路段“沈家路”失败，请稍后重试。');
  });

  it('forbidden says which account to use', () => {
    expect(describePayloadError({__typename: 'ForbiddenError', message: '请先修改密码。Change your password first.'}, '片区“施家村”'))
      .toBe('您无权修改片区“施家村”（请先修改密码。）。请用本镇的规划员或管理员账号操作。');
  });

  it('selects the fields of the error types asked for', () => {
    expect(payloadErrorFields(['OwnershipConflictError'])).toBe('__typename ... on UserError { code message path } ... on OwnershipConflictError { conflicts { id ownerName } }');
    expect(chinesePart('中文。English.')).toBe('中文。');
  });
});
