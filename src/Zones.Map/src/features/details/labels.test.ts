import {describe, expect, test} from 'vitest';
import sdl from '../../../../Zones.Server/Schema/zones.graphql?raw';
import {signer, stageChange} from './complaintView';
import {ACTION_LABELS, EVENT_LABELS, STAGE_STATE_LABELS} from './labels';

// The server's printed schema: enum ComplaintAction carries each action's Chinese name as its description.
function serverActionLabels(): Record<string, string> {
  const body = /enum ComplaintAction \{([\s\S]*?)\}/.exec(sdl)?.[1] ?? '';
  return Object.fromEntries([...body.matchAll(/"""(.+?)"""\s+([A-Z_]+)/g)].map((m) => [m[2], m[1]]));
}

describe('case wording (issue #13)', () => {
  test('every action button says what the server calls the action; 签收 is 签收, not 处置', () => {
    const server = serverActionLabels();
    expect(Object.keys(server).sort()).toEqual(Object.keys(ACTION_LABELS).sort());
    expect(ACTION_LABELS).toEqual(server);
    expect(ACTION_LABELS.DISPOSE).toBe('签收');
  });

  test('the history names a step like its button', () => {
    for (const [action, label] of Object.entries(ACTION_LABELS)) expect(EVENT_LABELS[action.toLowerCase()]).toBe(label);
  });

  test('a step reads from one state to another, never "受理 → 受理"', () => {
    expect(stageChange({action: 'receive', fromStage: null, toStage: 'RECEIVED'})).toBe('已受理');
    expect(stageChange({action: 'dispatch', fromStage: 'REGISTERED', toStage: 'DISPATCHED'})).toBe('已立案 → 已派遣');
    expect(stageChange({action: 'extend', fromStage: 'DISPOSING', toStage: 'DISPOSING'})).toBe('仍为处置中');
    expect(new Set(Object.values(STAGE_STATE_LABELS)).size).toBe(Object.keys(STAGE_STATE_LABELS).length);
  });

  test('a step is signed with the person, else the login, and 系统 for the server', () => {
    expect(signer({actor: 'cadre', actorName: '王建军'})).toBe('王建军');
    expect(signer({actor: 'planner', actorName: null})).toBe('planner');
    expect(signer({actor: 'system', actorName: null})).toBe('系统');
  });
});
