import {describe, expect, it} from 'vitest';
import {
  type CoverageNotice, methodLabel, noticeCouldNotRun, noticeFix, type ReachAreasAnswer, reachFeatures, townshipMethod,
} from './reachQuery';

// Shapes of CONTRACT12 §4: ReachArea { asset method radiusM geometry }, CoverageNotice { kind townshipCode zone message }.
const area = (id: string, method: 'NETWORK' | 'STRAIGHT_LINE') => ({
  asset: {id, name: `公厕${id}`}, method, radiusM: 300,
  geometry: {geojson: {type: 'Polygon', coordinates: [[[119.8, 31], [119.801, 31], [119.801, 31.001], [119.8, 31]]]}},
});
const notice = (message: string, zone: CoverageNotice['zone'] = null): CoverageNotice =>
  ({kind: 'TOILET_REACH', townshipCode: '330522125000', zone, message});

describe('reachFeatures', () => {
  it('keeps toilets and collection points apart, each with its own method', () => {
    const answer: ReachAreasAnswer = {toilets: [area('1', 'NETWORK')], collectionPoints: [area('2', 'STRAIGHT_LINE')]};
    expect(reachFeatures(answer).map(({kind, area: a}) => [kind, a.asset.id, a.method])).toEqual([
      ['TOILET', '1', 'NETWORK'], ['COLLECTION_POINT', '2', 'STRAIGHT_LINE'],
    ]);
  });
});

describe('townshipMethod', () => {
  it('reads the township rule and falls back to walking distance, the contract default', () => {
    const of = (reachMethod: 'NETWORK' | 'STRAIGHT_LINE' | null) => ({township: {code: '1', name: '桑溪镇', settings: {analysis: {reachMethod}}}});
    expect(townshipMethod(of('STRAIGHT_LINE'))).toBe('STRAIGHT_LINE');
    expect(townshipMethod(of('NETWORK'))).toBe('NETWORK');
    expect(townshipMethod(of(null))).toBe('NETWORK');
    expect(townshipMethod({township: null})).toBe('NETWORK');
  });
});

describe('methodLabel', () => {
  it('says which distance a gap used, and nothing for kinds without one', () => {
    expect(methodLabel('NETWORK')).toBe('按步行距离');
    expect(methodLabel('STRAIGHT_LINE')).toBe('按直线距离');
    expect(methodLabel(null)).toBe('');
    expect(methodLabel(undefined)).toBe('');
  });
});

describe('notices', () => {
  const noBuiltUp = notice('桑溪镇未划定建成区，无法检查公厕服务半径；请在 管理 → 导入 中导入建成区边界');
  // As routing's server words it (issue #12 demo).
  const sparse = notice('龙山村二组建成区内已测绘道路不足（过半土地距道路超过 100 米），公厕服务范围按直线距离 300 米计算；请在 管理 → 导入 中补充道路后重新检查', {id: '7', name: '龙山村二组'});

  it('tells a check that could not run from one that fell back to a straight line', () => {
    expect(noticeCouldNotRun(noBuiltUp)).toBe(true);
    expect(noticeCouldNotRun(sparse)).toBe(false);
  });

  it('links a missing built-up area and too few roads to the import wizard, and nothing else', () => {
    expect(noticeFix(noBuiltUp)).toEqual({label: '去导入建成区边界', hash: '#/admin/import'});
    expect(noticeFix(sparse)).toEqual({label: '去导入道路', hash: '#/admin/import'});
    expect(noticeFix(notice('白岘村没有可用的公厕，服务范围为空'))).toBeNull();
  });
});
