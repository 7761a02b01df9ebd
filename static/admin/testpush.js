// "Send a test notification to me": this browser subscribes with the store's VAPID key (through
// Pushcart's own service worker at /static/sw.js) and the server sends it one notification.
"use strict";
(() => {
  const box = document.getElementById("test-push");
  if (!box) return;
  const button = document.getElementById("test-push-button");
  const status = document.getElementById("test-push-status");
  const say = (text, bad) => { status.textContent = text; status.className = "small" + (bad ? " error" : ""); };

  function keyBytes(base64url) {
    const padded = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  }

  async function activeRegistration() {
    const registration = await navigator.serviceWorker.register("/static/sw.js", { scope: "/static/" });
    const worker = registration.installing || registration.waiting;
    if (!registration.active && worker) {
      await new Promise((resolve) => worker.addEventListener("statechange", () => {
        if (worker.state === "activated") resolve();
      }));
    }
    return registration;
  }

  button.addEventListener("click", async () => {
    if (!("serviceWorker" in navigator) || !("PushManager" in window)) {
      say("This browser cannot receive web push notifications.", true);
      return;
    }
    button.disabled = true;
    try {
      say("Asking your browser…");
      if ((await Notification.requestPermission()) !== "granted") {
        say("Notifications are blocked for this site. Allow them in the browser's site settings and try again.", true);
        return;
      }
      const registration = await activeRegistration();
      const subscription = (await registration.pushManager.getSubscription()) ||
        (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(box.dataset.vapidKey) }));
      say("Sending…");
      const response = await fetch(box.dataset.url, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": box.querySelector("[name=csrf_token]").value },
        body: JSON.stringify({ subscription: subscription.toJSON() }),
      });
      const result = await response.json().catch(() => ({}));
      if (response.ok && result.status === "delivered") say("Sent. It should appear on this device in a moment.");
      else say("Not delivered: " + (result.error || result.reason || "the push service refused it") + ".", true);
    } catch (err) {
      say("Could not subscribe this browser: " + err.message, true);
    } finally {
      button.disabled = false;
    }
  });
})();
