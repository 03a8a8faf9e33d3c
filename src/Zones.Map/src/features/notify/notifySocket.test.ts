import {describe, expect, it, vi} from 'vitest';
import {socketUrl, subscribeNotifications, SUBSCRIPTION} from './notifySocket';

/** A WebSocket stand-in that records what the client sends and lets the test play the server. */
class FakeSocket extends EventTarget {
  sent: unknown[] = [];
  send(text: string) { this.sent.push(JSON.parse(text)); }
  close() { this.dispatchEvent(new Event('close')); }
  serve(message: unknown) { this.dispatchEvent(new MessageEvent('message', {data: JSON.stringify(message)})); }
}

describe('notifySocket', () => {
  it('uses ws: or wss: like the page', () => {
    expect(socketUrl({protocol: 'http:', host: 'a:5080'})).toBe('ws://a:5080/graphql');
    expect(socketUrl({protocol: 'https:', host: 'b'})).toBe('wss://b/graphql');
  });

  it('speaks graphql-transport-ws: init, subscribe after the ack, pong, and hands each notification on', () => {
    const socket = new FakeSocket();
    const items: unknown[] = [];
    const live: boolean[] = [];
    const stop = subscribeNotifications((n) => items.push(n), (l) => live.push(l), () => socket as unknown as WebSocket, () => 'ws://test/graphql');
    socket.dispatchEvent(new Event('open'));
    socket.serve({type: 'connection_ack'});
    socket.serve({type: 'ping'});
    socket.serve({type: 'next', id: 'notifications', payload: {data: {notificationAdded: {id: '9'}}}});
    expect(socket.sent).toEqual([{type: 'connection_init'}, {id: 'notifications', type: 'subscribe', payload: {query: SUBSCRIPTION}}, {type: 'pong'}]);
    expect(items).toEqual([{id: '9'}]);
    stop();
    expect(live).toEqual([true, false]);
  });

  it('reconnects after the socket drops', () => {
    vi.useFakeTimers();
    const sockets: FakeSocket[] = [];
    const stop = subscribeNotifications(() => undefined, () => undefined, () => {
      sockets.push(new FakeSocket());
      return sockets.at(-1) as unknown as WebSocket;
    }, () => 'ws://test/graphql');
    sockets[0].dispatchEvent(new Event('close'));
    vi.advanceTimersByTime(1_000);
    expect(sockets).toHaveLength(2);
    stop();
    vi.useRealTimers();
  });
});
