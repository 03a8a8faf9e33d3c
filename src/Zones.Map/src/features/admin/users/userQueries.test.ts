import {describe, expect, test} from 'vitest';
import {createKeyInput, createUserInput, roleName, scopeChoices, scopeFields, scopeLabel, userStatus, type UserRow} from './userQueries';

const user = (over: Partial<UserRow>): UserRow => ({
  id: '1', username: 'wang', displayName: '王芳', role: 'PLANNER', townshipCode: '330522125000', countyCode: null,
  createdAt: '2026-01-01T00:00:00Z', disabledAt: null, mustChangePassword: false, lastSignInAt: null, ...over,
});

describe('users and keys', () => {
  test('a township admin gives only their township; a county admin also the county; an installation admin everything', () => {
    expect(scopeChoices({name: 'a', role: 'admin', township: '330522125000'}).map(([s]) => s)).toEqual(['township']);
    expect(scopeChoices({name: 'a', role: 'admin', county: '330522'}).map(([s]) => s)).toEqual(['township', 'county']);
    expect(scopeChoices({name: 'a', role: 'admin'}).map(([s]) => s)).toEqual(['township', 'county', 'all']);
  });

  test('the scope becomes townshipCode or countyCode (the county is the township code first 6 digits)', () => {
    expect(scopeFields('township', '330522125000')).toEqual({townshipCode: '330522125000'});
    expect(scopeFields('county', '330522125000')).toEqual({countyCode: '330522'});
    expect(scopeFields('all', '330522125000')).toEqual({});
    expect(scopeLabel({townshipCode: null, countyCode: '330522'})).toBe('全县 330522');
  });

  test('a new user needs a plain username, a name and a password of 12 characters', () => {
    const form = {username: ' wang.fang ', displayName: '王芳', role: 'PLANNER', scope: 'township' as const, password: 'a-long-secret-1'};
    expect(createUserInput(form, '330522125000')).toEqual({input: {
      username: 'wang.fang', displayName: '王芳', role: 'PLANNER', password: 'a-long-secret-1', townshipCode: '330522125000'}});
    expect(createUserInput({...form, role: 'CADRE', personId: '7'}, 'x')).toMatchObject({input: {role: 'CADRE', personId: '7', townshipCode: 'x'}});
    expect(createUserInput({...form, role: 'CADRE'}, 'x')).toEqual({problem: '干部账号须选择对应人员（花名册中的本人）。'});
    expect(createUserInput({...form, username: '王芳'}, 'x')).toEqual({problem: '用户名只能用字母、数字、点、横线和下划线（3–64 位）。'});
    expect(createUserInput({...form, password: 'short'}, 'x')).toEqual({problem: '密码至少 12 位。'});
    expect(createUserInput({...form, displayName: ''}, 'x')).toEqual({problem: '请填写姓名。'});
  });

  test('status: disabled before must-change, roles in Chinese', () => {
    expect(userStatus(user({disabledAt: '2026-02-01T00:00:00Z', mustChangePassword: true}))).toBe('已停用');
    expect(userStatus(user({mustChangePassword: true}))).toBe('待改密码');
    expect(userStatus(user({}))).toBe('正常');
    expect(['ADMIN', 'HOTLINE', 'X'].map(roleName)).toEqual(['管理员', '热线对接', 'X']);
  });

  test('an API key needs a name', () => {
    expect(createKeyInput({name: ' 12345 热线 ', role: 'HOTLINE', scope: 'county'}, '330522125000'))
      .toEqual({input: {name: '12345 热线', role: 'HOTLINE', countyCode: '330522'}});
    expect(createKeyInput({name: '', role: 'HOTLINE', scope: 'township'}, 'x')).toEqual({problem: '请填写名称。'});
  });
});
