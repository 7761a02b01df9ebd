/* Pushcart service worker. The merchant hosts /pushcart-sw.js on their own origin with one line:
 *   importScripts("https://PUSHCART/static/sw.js");
 * It shows pushes, reports clicks, and re-subscribes when the browser rotates a subscription. */
"use strict";

const PUSHCART_CACHE = "pushcart-v1";
const CONFIG_KEY = "/__pushcart/config";

async function pushcartConfig() {
  const cache = await caches.open(PUSHCART_CACHE);
  const hit = await cache.match(CONFIG_KEY);
  return hit ? hit.json() : null;
}

// The widget tells the worker where Pushcart is and which store and visitor it serves.
self.addEventListener("message", (event) => {
  const msg = event.data || {};
  if (msg.type !== "pushcart:config") return;
  const config = { api: String(msg.api || ""), storeKey: String(msg.storeKey || ""), visitorId: String(msg.visitorId || "") };
  event.waitUntil(caches.open(PUSHCART_CACHE).then((cache) =>
    cache.put(CONFIG_KEY, new Response(JSON.stringify(config), { headers: { "Content-Type": "application/json" } }))));
});

self.addEventListener("push", (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch (_) {
    message = { title: event.data ? event.data.text() : "" };
  }
  if (!message.title) return;
  const actions = (message.actions || []).slice(0, 2).map((a) => ({ action: String(a.action), title: String(a.title) }));
  const options = {
    body: message.body || "",
    icon: message.icon || undefined,
    image: message.image || undefined,
    badge: message.badge || undefined,
    tag: message.topic || undefined,
    renotify: Boolean(message.topic),
    actions,
    data: {
      url: message.url || "/",
      actionUrls: Object.fromEntries((message.actions || []).slice(0, 2).map((a) => [String(a.action), a.url || message.url || "/"])),
      deliveryId: message.delivery_id || null,
      clickUrl: message.click_url || null,
    },
  };
  event.waitUntil(self.registration.showNotification(message.title, options));
});

function reportClick(data, action) {
  if (!data.clickUrl) return Promise.resolve();
  // A simple no-cors POST: the signed URL identifies the delivery, no answer is read.
  return fetch(data.clickUrl, {
    method: "POST",
    mode: "no-cors",
    credentials: "omit",
    keepalive: true,
    body: JSON.stringify({ action: action || null }),
  }).catch(() => {});
}

async function focusOrOpen(url) {
  const target = new URL(url, self.location.origin).href;
  const tabs = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  const open = tabs.find((tab) => tab.url === target);
  if (open && "focus" in open) return open.focus();
  return self.clients.openWindow(target);
}

self.addEventListener("notificationclick", (event) => {
  const data = event.notification.data || {};
  const url = (event.action && data.actionUrls && data.actionUrls[event.action]) || data.url || "/";
  event.notification.close();
  event.waitUntil(Promise.all([reportClick(data, event.action), focusOrOpen(url)]));
});

self.addEventListener("pushsubscriptionchange", (event) => {
  event.waitUntil((async () => {
    const config = await pushcartConfig();
    const old = event.oldSubscription;
    const key = old && old.options && old.options.applicationServerKey;
    const subscription = event.newSubscription ||
      (key ? await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }) : null);
    if (!config || !subscription) return;
    await fetch(config.api + "/push/subscriptions", {
      method: "POST",
      mode: "cors",
      credentials: "omit",
      headers: { "Content-Type": "application/json", "X-Pushcart-Key": config.storeKey },
      body: JSON.stringify({ visitor_id: config.visitorId || null, subscription: subscription.toJSON() }),
    });
    if (old && old.endpoint && old.endpoint !== subscription.endpoint) {
      await fetch(config.api + "/push/unsubscribe", {
        method: "POST", mode: "cors", credentials: "omit",
        headers: { "Content-Type": "application/json", "X-Pushcart-Key": config.storeKey },
        body: JSON.stringify({ endpoint: old.endpoint }),
      }).catch(() => {});
    }
  })());
});
