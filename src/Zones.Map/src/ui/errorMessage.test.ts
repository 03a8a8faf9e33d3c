import {describe, expect, it} from 'vitest';
import {LoadError} from '../ogc/loadError';
import {describeError} from './errorMessage';

const url = 'http://127.0.0.1:5080/ogc/collections/roads/items?limit=5000';

describe('describeError', () => {
  it('tells the clerk to check the service when nothing answers', () => {
    const text = describeError(new LoadError('network', `GET ${url}: TypeError: Failed to fetch`, url), '道路');
    expect(text.message).toBe('无法连接服务器，请检查服务是否已启动');
    expect(text.detail).toContain('Failed to fetch');
  });

  it('names the missing layer on 404', () => {
    const text = describeError(new LoadError('http', `GET ${url} → HTTP 404`, url, 404), '道路');
    expect(text.message).toBe('服务器上没有找到“道路”数据，请联系系统管理员');
  });

  it('suggests retrying later when the server is unavailable', () => {
    expect(describeError(new LoadError('http', 'x', url, 503), '道路').message).toContain('稍后重试');
  });

  it('keeps the technical detail out of the message', () => {
    const text = describeError(new LoadError('http', `GET ${url} → HTTP 500 Internal Server Error`, url, 500), '设施');
    expect(text.message).toContain('“设施”');
    expect(text.message).not.toMatch(/HTTP|500|GET/);
    expect(text.detail).toContain('HTTP 500');
  });

  it('explains format, paging, timeout and config problems', () => {
    expect(describeError(new LoadError('format', 'x'), '投诉').message).toContain('格式不正确');
    expect(describeError(new LoadError('paging', 'x'), '投诉').message).toContain('分页异常');
    expect(describeError(new LoadError('timeout', 'x'), '投诉').message).toContain('超时');
    expect(describeError(new LoadError('config', 'x'), '').message).toContain('地图配置');
  });

  it('handles errors that are not LoadErrors', () => {
    expect(describeError(new RangeError('boom'), '片区')).toEqual({
      message: '地图加载时出现意外错误，请刷新页面重试',
      detail: 'boom',
    });
    expect(describeError('plain string', '片区').detail).toBe('plain string');
  });
});
