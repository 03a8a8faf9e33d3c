import {NOTIFICATION_FIELDS, type NotificationItem} from './notifyApi';

/** The subscription document: the notifications written for the signed-in user, on any server instance. */
export const SUBSCRIPTION = `subscription { notificationAdded { ${NOTIFICATION_FIELDS} } }`;

/** Reconnect delays after a dropped socket (ms); the last one repeats. */
export const RETRY_MS = [1_000, 3_000, 10_000, 30_000];

/** The WebSocket URL of /graphql on this origin (ws: or wss: as the page). */
export function socketUrl(location: {protocol: string; host: string}): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * Subscribes to `notificationAdded` over graphql-transport-ws (the sign-in cookie rides the handshake)
 * and calls `onItem` for each; reconnects after a drop, and `onLive(false)` says the bell should poll
 * meanwhile. Returns the stop function.
 */
export function subscribeNotifications(onItem: (n: NotificationItem) => void, onLive: (live: boolean) => void,
                                       open: (url: string) => WebSocket = (url) => new WebSocket(url, 'graphql-transport-ws'),
                                       url: () => string = () => socketUrl(location)): () => void {
  let socket: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    const ws = open(url());
    socket = ws;
    ws.addEventListener('open', () => ws.send(JSON.stringify({type: 'connection_init'})));
    ws.addEventListener('message', (e) => {
      const message = JSON.parse(String(e.data)) as {type: string; payload?: {data?: {notificationAdded?: NotificationItem}}};
      if (message.type === 'connection_ack') {
        attempt = 0;
        ws.send(JSON.stringify({id: 'notifications', type: 'subscribe', payload: {query: SUBSCRIPTION}}));
        onLive(true);
      } else if (message.type === 'ping') {
        ws.send(JSON.stringify({type: 'pong'}));
      } else if (message.type === 'next' && message.payload?.data?.notificationAdded) {
        onItem(message.payload.data.notificationAdded);
      }
    });
    ws.addEventListener('close', () => {
      onLive(false);
      if (stopped) return;
      timer = setTimeout(connect, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    });
  };
  connect();
  return () => {
    stopped = true;
    clearTimeout(timer);
    socket?.close(1000, 'signed out');
  };
}
