/** Sends a typed request to the background and unwraps its answer. Used by content script and popup. */
import { browser } from 'wxt/browser';
import type { Request, RequestType, Response, ResponseData } from './protocol';

export class RequestError extends Error {}

type Send = (message: unknown) => Promise<unknown>;

export async function request<T extends RequestType>(
  message: Extract<Request, { type: T }>,
  send: Send = (m) => browser.runtime.sendMessage(m),
): Promise<ResponseData[T]> {
  const res = (await send(message)) as Response<T> | undefined;
  if (!res) throw new RequestError(`No answer to ${message.type}`);
  if (!res.ok) throw new RequestError(res.error);
  return res.data;
}
