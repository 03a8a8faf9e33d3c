import type {AdminContext} from '../shell/adminContext';
import {el, messageLine} from '../shell/adminDom';
import {keysSection} from './keysSection';
import {usersSection} from './usersSection';

/** 用户与密钥: the users of the township, then its API keys; one message line for both. */
export function usersScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen');
  const message = messageLine();
  root.append(message.node, usersSection(ctx, message), keysSection(ctx, message));
  return root;
}
