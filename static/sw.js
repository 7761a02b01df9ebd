/* Pushcart service worker. The merchant hosts /pushcart-sw.js on their own origin with one line:
 *   importScripts("https://PUSHCART/static/sw.js");
 * It shows pushes, reports clicks, and re-subscribes when the browser rotates a subscription.
 *
 * Pushes are Declarative Web Push messages ({"web_push": 8030, "notification": {title, navigate,
 * body, lang, dir, tag, icon, image, badge, actions: [{action, title, navigate}], …},
 * "mutable": true}): Safari 18.4+ shows them itself, or hands this worker the proposed
 * notification (event.notification) because they are mutable; other browsers give it the JSON.
 * Whatever arrives, exactly one notification is shown (browsers revoke subscriptions whose pushes
 * show nothing): a generic one with the store's name when the push cannot be read. Each
 * `navigate` is Pushcart's click link, which counts the click and redirects to the page. */
"use strict";

const PUSHCART_CACHE = "pushcart-v1";
const CONFIG_KEY = "/__pushcart/config";

async function pushcartConfig() {
  const cache = await caches.open(PUSHCART_CACHE);
  const hit = await cache.match(CONFIG_KEY);
  return hit ? hit.json() : null;
}

// The store's name, for the generic notification: asked once, when the widget configures the
// worker (never while a push waits to be shown).
async function storeName(config) {
  if (config.storeName) return config.storeName;
  try {
    const response = await fetch(config.api + "/widget/config", {
      mode: "cors", credentials: "omit", headers: { "X-Pushcart-Key": config.storeKey },
    });
    const answer = response.ok ? await response.json() : {};
    return typeof answer.name === "string" ? answer.name : "";
  } catch (_) {
    return "";
  }
}

// The widget tells the worker where Pushcart is and which store and visitor it serves.
self.addEventListener("message", (event) => {
  const msg = event.data || {};
  if (msg.type !== "pushcart:config") return;
  const config = { api: String(msg.api || ""), storeKey: String(msg.storeKey || ""), visitorId: String(msg.visitorId || ""),
                   storeName: String(msg.storeName || "") };
  event.waitUntil((async () => {
    const cache = await caches.open(PUSHCART_CACHE);
    const known = await pushcartConfig();
    config.storeName = config.storeName || (known && known.storeKey === config.storeKey && known.storeName) ||
      (config.api ? await storeName(config) : "");
    await cache.put(CONFIG_KEY, new Response(JSON.stringify(config), { headers: { "Content-Type": "application/json" } }));
  })());
});

const MAX_ACTIONS = 2;

const text = (value) => (typeof value === "string" ? value : "");
const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

// A declarative message's notification as showNotification() takes it. Members of the wrong type
// are left out rather than refusing the whole notification; `navigate` is kept in `data`, since
// only browsers that implement Declarative Web Push open it by themselves.
function fromDeclarative(n) {
  const navigate = text(n.navigate) || self.registration.scope;
  const actions = (Array.isArray(n.actions) ? n.actions : []).filter((a) => isObject(a) && text(a.action) && text(a.title))
    .slice(0, MAX_ACTIONS);
  const tag = text(n.tag);
  const options = {
    body: text(n.body), lang: text(n.lang), dir: ["auto", "ltr", "rtl"].includes(n.dir) ? n.dir : "auto", tag,
    icon: text(n.icon) || undefined, image: text(n.image) || undefined, badge: text(n.badge) || undefined,
    renotify: Boolean(tag) && n.renotify === true, silent: n.silent === true ? true : undefined,
    requireInteraction: n.requireInteraction === true,
    timestamp: Number.isSafeInteger(n.timestamp) && n.timestamp >= 0 ? n.timestamp : undefined,
    navigate,
    actions: actions.map((a) => ({ action: a.action, title: a.title, icon: text(a.icon) || undefined, navigate: text(a.navigate) || navigate })),
    data: {
      navigate,
      actionNavigate: Object.fromEntries(actions.map((a) => [a.action, text(a.navigate) || navigate])),
      data: n.data === undefined ? null : n.data,
    },
  };
  return { title: text(n.title), options };
}

// A message queued before pushes were declarative (flat {title, body, url, topic, actions,
// click_url}): shown and clicked as then, for as long as push services may still hold one.
function fromLegacy(message) {
  const actions = (Array.isArray(message.actions) ? message.actions : []).filter(isObject).slice(0, MAX_ACTIONS);
  const tag = text(message.topic);
  return {
    title: text(message.title),
    options: {
      body: text(message.body), icon: text(message.icon) || undefined, image: text(message.image) || undefined,
      badge: text(message.badge) || undefined, tag, renotify: Boolean(tag),
      actions: actions.map((a) => ({ action: String(a.action), title: String(a.title) })),
      data: {
        url: text(message.url) || "/",
        actionUrls: Object.fromEntries(actions.map((a) => [String(a.action), text(a.url) || text(message.url) || "/"])),
        deliveryId: message.delivery_id || null,
        clickUrl: text(message.click_url) || null,
      },
    },
  };
}

// The proposed notification Safari hands over for a mutable message, read back as the JSON it
// came from (Notification's attributes carry the same names).
function proposedOf(notification) {
  const fields = ["title", "body", "lang", "dir", "tag", "icon", "image", "badge", "navigate", "renotify", "silent",
                  "requireInteraction", "timestamp", "data"];
  const n = Object.fromEntries(fields.map((name) => [name, notification[name]]));
  n.actions = Array.from(notification.actions || [], (a) => ({ action: a.action, title: a.title, navigate: a.navigate, icon: a.icon }));
  return n;
}

async function generic(body) {
  const config = await pushcartConfig().catch(() => null);
  const title = (config && config.storeName) || self.location.hostname;
  const navigate = self.registration.scope;
  return { title, options: { body: text(body).slice(0, 300), navigate, data: { navigate, actionNavigate: {}, data: null } } };
}

// What to show for whatever arrived; never nothing.
async function notificationOf(event) {
  if (event.notification) return fromDeclarative(proposedOf(event.notification));
  let raw = "";
  try {
    raw = event.data ? event.data.text() : "";
  } catch (_) {
    raw = "";
  }
  let message = null;
  try {
    message = JSON.parse(raw);
  } catch (_) {
    return generic(/^\s*[[{]/.test(raw) ? "" : raw);  // plain text is shown as the body
  }
  let shown = null;
  if (isObject(message) && message.web_push === 8030 && isObject(message.notification)) shown = fromDeclarative(message.notification);
  else if (isObject(message) && !("web_push" in message)) shown = fromLegacy(message);
  return shown && shown.title ? shown : generic("");
}

async function setBadge(event) {
  let badge = event.appBadge;
  if (badge === undefined || badge === null) {
    try {
      badge = event.data ? event.data.json().app_badge : undefined;
    } catch (_) {
      badge = undefined;
    }
  }
  if (Number.isSafeInteger(badge) && badge >= 0 && self.navigator.setAppBadge) await self.navigator.setAppBadge(badge).catch(() => {});
}

async function showPush(event) {
  let shown;
  try {
    shown = await notificationOf(event);
    await self.registration.showNotification(shown.title, shown.options);
  } catch (_) {  // an option this browser refuses: still exactly one notification
    shown = await generic("");
    await self.registration.showNotification(shown.title, shown.options);
  }
  await setBadge(event).catch(() => {});
}

self.addEventListener("push", (event) => {
  event.waitUntil(showPush(event));
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
  event.notification.close();
  if (data.navigate) {  // declarative: the click link counts the click and redirects
    const url = (event.action && data.actionNavigate && data.actionNavigate[event.action]) || data.navigate;
    event.waitUntil(self.clients.openWindow(url));
    return;
  }
  const url = (event.action && data.actionUrls && data.actionUrls[event.action]) || data.url || "/";
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
